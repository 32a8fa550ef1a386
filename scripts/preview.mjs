// Serves the built site and says where.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const outDir = path.resolve(process.env.SAME_STORY_OUT_DIR ?? 'dist');
if (!existsSync(path.join(outDir, 'index.html'))) {
	console.error(
		`No built site in ${path.relative('.', outDir)}. Run \`npm run build\` first (or \`npm start\`).`,
	);
	process.exit(1);
}
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
// Astro moves to the next port when one is busy, and would then serve at another address than
// the one printed here: check the port first and stop with the fix when it is taken.
const port = process.env.PORT ?? '4321';
const free = await new Promise((resolve) => {
	const probe = net.createServer();
	probe.once('error', () => resolve(false));
	probe.listen(Number(port), '127.0.0.1', () => probe.close(() => resolve(true)));
});
if (!free) {
	console.error(
		`Port ${port} is in use (another preview or server?). Stop it, or serve on another port: PORT=4400 npm run preview`,
	);
	process.exit(1);
}
console.log(`\nSame Story is served at http://127.0.0.1:${port}${base}  (Ctrl+C to stop)\n`);
const child = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', port], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
