// Keyboard shortcuts of the article reader (listed on the page): n and p move between shared
// passages; the digit keys open the same passage in another outlet's article.
const passages = [...document.querySelectorAll<HTMLAnchorElement>('a[data-elsewhere]')];
const help = document.querySelector<HTMLDetailsElement>('#shortcuts');
// Single-key shortcuts can clash with a reader's own keys (speech input, WCAG 2.1.4): they can
// be turned off, and the choice is remembered.
const toggle = document.querySelector<HTMLInputElement>('#shortcuts-on');
const STORAGE_KEY = 'same-story:shortcuts';
function stored(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}
if (toggle) {
	toggle.checked = stored() !== 'off';
	toggle.addEventListener('change', () => {
		try {
			localStorage.setItem(STORAGE_KEY, toggle.checked ? 'on' : 'off');
		} catch {
			// Private modes may refuse storage: the choice then holds for this page only.
		}
	});
}

/** The passage the reader is at, and whether they are on it (focused or addressed) or only above it. */
function current(): { passage: HTMLAnchorElement; on: boolean } | undefined {
	const focused = document.activeElement;
	if (focused instanceof HTMLAnchorElement && passages.includes(focused)) {
		return { passage: focused, on: true };
	}
	// Else the passage the address points to, or the first one below the top of the window.
	const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
	const fromTarget = target
		? passages.find(
				(p) =>
					target.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING ||
					p.contains(target),
			)
		: undefined;
	if (fromTarget) return { passage: fromTarget, on: true };
	const below = passages.find((p) => p.getBoundingClientRect().top >= 0);
	return below ? { passage: below, on: false } : undefined;
}

function move(step: 1 | -1) {
	const here = current();
	const index = here ? passages.indexOf(here.passage) : -1;
	// Not yet on a passage (say, at the top of the page): `n` goes to the first one ahead.
	const target = index === -1 ? 0 : here!.on || step === -1 ? index + step : index;
	const next = passages[Math.min(passages.length - 1, Math.max(0, target))];
	next?.focus();
	next?.scrollIntoView({ block: 'center' });
}

document.addEventListener('keydown', (event) => {
	if (event.altKey || event.ctrlKey || event.metaKey) return;
	if (toggle && !toggle.checked) return;
	const el = event.target as HTMLElement | null;
	if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
	if (event.key === 'n' || event.key === 'p') {
		event.preventDefault();
		move(event.key === 'n' ? 1 : -1);
	} else if (/^[1-9]$/.test(event.key)) {
		const here = current()?.passage;
		const entry = here?.dataset.elsewhere?.split(' ').find((e) => e.startsWith(`${event.key}|`));
		if (entry) location.href = entry.slice(entry.indexOf('|') + 1);
	} else if (event.key === '?' && help) {
		help.open = !help.open;
		if (help.open) help.querySelector('summary')?.focus();
	}
});
