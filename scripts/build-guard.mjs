// Checks the folders and settings a build is about to write to or use, before it touches
// anything: the output and cache folders, SITE_BASE and SITE_URL. Each check returns the
// problem as a sentence (or null), so scripts/build.mjs and astro.config.mjs can print it and
// stop, and the tests can call it without building.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** The file a build leaves in every output folder it makes; only such folders are replaced. */
export const BUILD_MARKER = '.same-story-build';

/** Folders of the project that no output or cache folder may be, hold or sit inside. */
const PROTECTED = ['src', 'content', '.git', 'public', 'scripts', 'tests', 'docs'];

/** Prefix of the temporary folders a build writes into before moving the result into place. */
export const STAGING_PREFIX = '.dist-staging-';

/**
 * True when `inner` is `outer` or lies inside it.
 * @param {string} inner
 * @param {string} outer
 */
function isWithin(inner, outer) {
	const rel = path.relative(outer, inner);
	return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Why `dir` may not serve as the build's `role` folder (output or cache), or null when it may:
 * it must not be, hold or sit inside the project's sources, content, .git, and must not be or
 * hold the repository root.
 * @param {string} dir
 * @param {{ root: string, content: string, role: string, env: string }} options
 * @returns {string | null}
 */
export function checkBuildFolder(dir, { root, content, role, env }) {
	const resolved = path.resolve(root, dir);
	const named = `${env}=${dir}`;
	if (isWithin(root, resolved)) {
		return `${named} is the project folder or holds it; a build replaces its output folder, which would delete the project.`;
	}
	const guarded = [...PROTECTED.map((p) => path.join(root, p)), path.resolve(root, content)];
	for (const folder of guarded) {
		const shown = path.relative(root, folder) || '.';
		if (isWithin(resolved, folder) || isWithin(folder, resolved)) {
			return `${named} overlaps ${shown}/ (the project's ${shown === '.git' ? 'history' : 'sources or content'}); the ${role} folder must be a folder of its own.`;
		}
	}
	return null;
}

/**
 * Why the existing folder `dir` may not be replaced by a new build, or null when it may: a
 * build replaces only a folder that a build made (it holds the marker file), or an empty one.
 * Builds from before the marker existed are recognised by the files only this site writes.
 * @param {string} dir
 * @returns {string | null}
 */
export function checkReplaceable(dir) {
	if (!existsSync(dir)) return null;
	if (!statSync(dir).isDirectory()) return `${dir} exists and is not a folder.`;
	const names = readdirSync(dir);
	if (names.length === 0 || names.includes(BUILD_MARKER)) return null;
	const legacy = ['index.html', '_astro', 'data', 'pagefind'].every((n) => names.includes(n));
	if (legacy && existsSync(path.join(dir, 'data', 'schema.json'))) return null;
	return `${dir} exists and was not made by a Same Story build (it has no ${BUILD_MARKER} file), so the build will not delete it. Choose another SAME_STORY_OUT_DIR, or empty or remove that folder yourself.`;
}

/**
 * Why SITE_BASE cannot be used, or null: a path of plain URL segments, starting with `/`.
 * @param {string | undefined} base
 * @returns {string | null}
 */
export function checkSiteBase(base) {
	if (base === undefined) return null;
	if (!/^\/(?:[A-Za-z0-9._~-]+\/?)*$/.test(base) || /(?:^|\/)\.\.?(?:\/|$)/.test(base)) {
		return `SITE_BASE=${JSON.stringify(base)} is not a base path. Write it as / or /name/ (letters, digits, . _ ~ - between slashes), e.g. SITE_BASE=/same-story/.`;
	}
	return null;
}

/**
 * Why SITE_URL cannot be used, or null: an http(s) origin with no credentials, query or fragment.
 * @param {string | undefined} site
 * @returns {string | null}
 */
export function checkSiteUrl(site) {
	if (site === undefined) return null;
	let url;
	try {
		url = new URL(site);
	} catch {
		url = null;
	}
	if (
		!url ||
		!/^https?:$/.test(url.protocol) ||
		url.username ||
		url.password ||
		url.search ||
		url.hash ||
		/[\s"'<>\\`]/.test(site)
	) {
		return `SITE_URL=${JSON.stringify(site)} is not a site origin. Write it as http(s)://host[:port], e.g. SITE_URL=https://example.org (the sub-path goes in SITE_BASE).`;
	}
	return null;
}

/**
 * Removes a staging folder for good: retried, since files still being written into it make a
 * single removal fail part-way ("directory not empty"); never throws.
 * @param {string} dir
 */
export function removeStaging(dir) {
	try {
		rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
	} catch {
		// A later build removes what is left (findStaleStaging).
	}
}

const CLEAN_AFTER_EXIT = `
const [pid, dir] = process.argv.slice(1);
const alive = () => {
	try { process.kill(Number(pid), 0); } catch (e) { return e.code === 'EPERM'; }
	try { return !/^\\d+ \\(.*\\) Z/s.test(require('node:fs').readFileSync('/proc/' + pid + '/stat', 'utf8')); } catch { return true; }
};
setInterval(() => {
	if (alive()) return;
	try { require('node:fs').rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }); } catch {}
	process.exit(0);
}, 200);
`;

/**
 * Starts a watcher outside this process that removes `dir` once process `pid` has ended. Only
 * then can no write of that process still be in flight and bring the folder back.
 * @param {number} pid
 * @param {string} dir
 * @returns {import('node:child_process').ChildProcess}
 */
export function removeWhenGone(pid, dir) {
	const watcher = spawn(process.execPath, ['-e', CLEAN_AFTER_EXIT, String(pid), dir], {
		detached: true,
		stdio: 'ignore',
	});
	watcher.unref();
	return watcher;
}

/**
 * True when a process with this id is running (signal 0 checks without signalling).
 * @param {number} pid
 */
export function isRunning(pid) {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
	// A process killed but not yet collected by its parent (a zombie) still answers signal 0;
	// on Linux its state says it has ended.
	try {
		return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return true;
	}
}

/**
 * Staging folders in `parent` left by builds that are no longer running (killed).
 * @param {string} parent
 * @returns {string[]}
 */
export function findStaleStaging(parent) {
	if (!existsSync(parent)) return [];
	return readdirSync(parent)
		.filter((name) => name.startsWith(STAGING_PREFIX) || name.startsWith('.dist-retired-'))
		.filter((name) => {
			const pid = Number(name.replace(/^\.dist-(?:staging|retired)-/, '').split('-')[0]);
			return !Number.isInteger(pid) || pid <= 0 || !isRunning(pid);
		})
		.map((name) => path.join(parent, name));
}
