// Serves the built site and says where.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const outDir = path.resolve(process.env.SAME_STORY_OUT_DIR ?? 'dist');
if (!existsSync(path.join(outDir, 'index.html'))) {
	console.error(
		`No built site in ${path.relative('.', outDir)}. Run \`npm run build\` first (or \`npm start\`).`,
	);
	process.exit(1);
}
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const port = process.env.PORT ?? '4321';
console.log(`\nSame Story is served at http://127.0.0.1:${port}${base}  (Ctrl+C to stop)\n`);
const child = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', port], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
