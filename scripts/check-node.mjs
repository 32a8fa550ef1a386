// Fails fast when a script runs on a Node older than the one the project ships.
// The `node` devDependency puts Node 24 first on PATH for npm scripts; if its install
// script was skipped (npm --ignore-scripts), tools would silently run on the system Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`Same Story needs Node >= 22.12 but this is Node ${process.versions.node}.\n` +
			'Hint: run the project through npm scripts (npm start, npm test) after `npm install`;\n' +
			'the `node` devDependency provides Node 24. If it is missing, reinstall without\n' +
			'--ignore-scripts: `rm -rf node_modules && npm install`.',
	);
	process.exit(1);
}
