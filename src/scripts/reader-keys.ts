// Keyboard shortcuts of the article reader (listed on the page): n and p move between shared
// passages; the digit keys open the same passage in another outlet's article.
const passages = [...document.querySelectorAll<HTMLAnchorElement>('a[data-elsewhere]')];
const help = document.querySelector<HTMLDetailsElement>('#shortcuts');

function current(): HTMLAnchorElement | undefined {
	const focused = document.activeElement;
	if (focused instanceof HTMLAnchorElement && passages.includes(focused)) return focused;
	// Else the passage the address points to, or the first one below the top of the window.
	const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
	const fromTarget = target
		? passages.find(
				(p) =>
					target.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING ||
					p.contains(target),
			)
		: undefined;
	return fromTarget ?? passages.find((p) => p.getBoundingClientRect().top >= 0);
}

function move(step: 1 | -1) {
	const here = current();
	const index = here ? passages.indexOf(here) : -1;
	const next =
		passages[Math.min(passages.length - 1, Math.max(0, index === -1 ? 0 : index + step))];
	next?.focus();
	next?.scrollIntoView({ block: 'center' });
}

document.addEventListener('keydown', (event) => {
	if (event.altKey || event.ctrlKey || event.metaKey) return;
	const el = event.target as HTMLElement | null;
	if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
	if (event.key === 'n' || event.key === 'p') {
		event.preventDefault();
		move(event.key === 'n' ? 1 : -1);
	} else if (/^[1-9]$/.test(event.key)) {
		const here = current();
		const entry = here?.dataset.elsewhere?.split(' ').find((e) => e.startsWith(`${event.key}|`));
		if (entry) location.href = entry.slice(entry.indexOf('|') + 1);
	} else if (event.key === '?' && help) {
		help.open = !help.open;
		if (help.open) help.querySelector('summary')?.focus();
	}
});
