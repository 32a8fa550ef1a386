// Side-by-side comparison rendered in the browser from the story export, for stories too large
// to publish a page for every pair of articles. Uses the same layout code as the static pages
// and builds the DOM from text nodes only.
import { compareArticles } from '../view/compare-articles.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import type { Story } from '../schemas/story.ts';

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
	const side = (parts: DiffPart[], which: 'a' | 'b') => {
		const p = el('p', 'text');
		for (const part of parts) {
			if (part.op === 'equal') p.append(which === 'a' ? part.a : part.b);
			else if (part.op === 'delete' && which === 'a') p.append(el('del', undefined, part.a));
			else if (part.op === 'insert' && which === 'b') p.append(el('ins', undefined, part.b));
		}
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
		const s = await load();
		const name = (id: string) => {
			const article = s.articles.find((x) => x.id === id)!;
			return s.outlets.find((o) => o.id === article.outlet)!.name;
		};
		const comparison = compareArticles(s, a, b);
		for (const row of comparison.rows) {
			const li = el('li', `row ${row.type}`);
			if (row.type === 'aligned') {
				li.append(
					el(
						'p',
						'row-meta',
						`${row.kind}${row.moved ? ` · moved: paragraph ${row.paragraphA} and ${row.paragraphB}` : ''}`,
					),
				);
				const cellA = el('div', 'cell a');
				cellA.append(el('p', 'cell-label', name(a)), side(row.diff, 'a'));
				const cellB = el('div', 'cell b');
				cellB.append(el('p', 'cell-label', name(b)), side(row.diff, 'b'));
				li.append(cellA, cellB);
			} else {
				const id = row.type === 'only-a' ? a : b;
				const text = s.articles.find((x) => x.id === id)!.text.slice(row.run.start, row.run.end);
				const cell = el('div', `cell ${row.type === 'only-a' ? 'a' : 'b'}`);
				cell.append(el('p', 'cell-label', `Only in ${name(id)}`), el('p', 'text', text));
				li.append(cell);
			}
			output.append(li);
		}
		statusLine.textContent = `${name(a)} and ${name(b)}: ${comparison.aligned} shared passages, ${comparison.moved} moved.`;
	});
}
