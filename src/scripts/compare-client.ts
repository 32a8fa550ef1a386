// Side-by-side comparison rendered in the browser from the story export, for stories too large
// to publish a page for every pair of articles. The rows come from the same view model as the
// static comparison pages; this script only turns them into DOM, from text nodes only.
import type { Story } from '../schemas/story.ts';
import { buildCompareView, type AlignedSide } from '../view/compare-view.ts';
import { diffMarkLabel, diffRuns } from '../view/diff-runs.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import { badgeText } from '../view/match-kind.ts';

const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
const output = document.querySelector<HTMLOListElement>('[data-compare-rows]');
const statusLine = document.querySelector<HTMLElement>('[data-compare-status]');

if (form && output && statusLine) {
	form.hidden = false;
	let story: Promise<Story> | null = null;
	const load = () =>
		(story ??= fetch(form.dataset.export!).then((r) => r.json() as Promise<Story>));
	const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
		const node = document.createElement(tag);
		if (className) node.className = className;
		if (text !== undefined) node.textContent = text;
		return node;
	};
	/** One wording: grey context, then the passage with the words only it has marked. */
	const side = (parts: DiffPart[], which: 'a' | 'b', context: AlignedSide, other: string) => {
		const p = el('p', 'text');
		p.append(el('span', 'ctx', context.before));
		for (const run of diffRuns(parts, which)) {
			if (run.mark === null) {
				p.append(run.text);
				continue;
			}
			const mark = el(run.mark);
			mark.append(
				el('span', 'visually-hidden', `[${diffMarkLabel(run.mark, which, other)}: `),
				run.text,
				el('span', 'visually-hidden', ']'),
			);
			p.append(mark);
		}
		p.append(el('span', 'ctx', context.after));
		return p;
	};

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const data = new FormData(form);
		const a = String(data.get('a'));
		const b = String(data.get('b'));
		output.replaceChildren();
		if (a === b) {
			statusLine.textContent = 'Choose two different articles.';
			return;
		}
		statusLine.textContent = 'Loading the story…';
		const view = buildCompareView(await load(), a, b);
		for (const row of view.rows) {
			const li = el('li', `row ${row.type}`);
			if (row.type === 'aligned') {
				li.id = row.anchor;
				if (row.relation === 'related') li.classList.add('related');
				const note = [row.movedNote, row.relatedNote].map((n) => (n ? ` · ${n}` : '')).join('');
				li.append(
					el('p', 'row-meta', `${badgeText(row.kind, row.share, row.throughGroup)}${note}`),
				);
				const cellA = el('div', 'cell a');
				cellA.append(el('p', 'cell-label', view.nameA), side(row.diff, 'a', row.a, view.nameB));
				const cellB = el('div', 'cell b');
				cellB.append(el('p', 'cell-label', view.nameB), side(row.diff, 'b', row.b, view.nameA));
				const why = el('details', 'why');
				why.append(
					el('summary', undefined, 'Why these match'),
					el('p', undefined, row.why),
					el('p', undefined, row.kindMeaning),
				);
				li.append(cellA, cellB, why);
			} else {
				const cell = el('div', `cell ${row.type === 'only-a' ? 'a' : 'b'}`);
				cell.append(el('p', 'cell-label', row.label), el('p', 'text', row.text));
				li.append(cell);
			}
			output.append(li);
		}
		statusLine.textContent = `${view.nameA} and ${view.nameB}: ${view.summary}.`;
	});
}
