// Search over the whole site with Pagefind's static index: no server, results rendered with
// DOM methods only (text nodes and <mark>), so indexed text can never become markup.
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	options: (o: { baseUrl: string }) => Promise<void>;
	search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

import { RESULTS_PAGE, resultType, TYPE_DELAY_MS, uniqueByUrl } from '../view/search-view.ts';

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');

if (form && input && list && statusLine) {
	const base = form.dataset.base ?? '/';
	let pagefind: Promise<Pagefind> | null = null;
	const load = () => {
		pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
			async (module: Pagefind) => {
				await module.options({ baseUrl: base });
				return module;
			},
		);
		return pagefind;
	};

	/** Appends Pagefind's excerpt, keeping only its <mark> highlights, as text nodes. */
	const appendExcerpt = (parent: HTMLElement, excerpt: string) => {
		const parts = excerpt.split(/(<mark>|<\/mark>)/);
		let marked = false;
		for (const part of parts) {
			if (part === '<mark>') marked = true;
			else if (part === '</mark>') marked = false;
			else {
				const text = part
					.replace(/&lt;/g, '<')
					.replace(/&gt;/g, '>')
					.replace(/&quot;/g, '"')
					.replace(/&#39;/g, "'")
					.replace(/&amp;/g, '&');
				if (marked) {
					const mark = document.createElement('mark');
					mark.textContent = text;
					parent.append(mark);
				} else parent.append(document.createTextNode(text));
			}
		}
	};

	const more = document.createElement('button');
	more.type = 'button';
	more.className = 'more';
	more.hidden = true;
	list.after(more);
	let latest = 0;

	const run = async (query: string) => {
		const ticket = ++latest;
		list.replaceChildren();
		more.hidden = true;
		if (query.trim() === '') {
			statusLine.textContent = '';
			return;
		}
		statusLine.textContent = 'Searching…';
		const api = await load();
		const { results } = await api.search(query);
		// A later keystroke started another search: its results win.
		if (ticket !== latest) return;
		// Each result's text is a separate download: fetch them a page at a time, not all at once.
		const seen: ResultData[] = [];
		let shown = 0;
		const showNext = async () => {
			const batch = await Promise.all(
				results.slice(shown, shown + RESULTS_PAGE).map((r) => r.data()),
			);
			if (ticket !== latest) return;
			shown = Math.min(results.length, shown + RESULTS_PAGE);
			for (const item of uniqueByUrl([...seen, ...batch]).slice(seen.length)) {
				seen.push(item);
				const li = document.createElement('li');
				const type = document.createElement('span');
				type.className = 'type';
				type.textContent = resultType(item.url);
				const a = document.createElement('a');
				a.href = item.url;
				a.textContent = item.meta.title ?? item.url;
				const p = document.createElement('p');
				appendExcerpt(p, item.excerpt);
				li.append(type, a, p);
				list.append(li);
			}
			more.hidden = shown >= results.length;
			more.textContent = `Show ${Math.min(RESULTS_PAGE, results.length - shown)} more of ${results.length}`;
			statusLine.textContent =
				results.length === 0
					? `No results for “${query}”.`
					: `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”${results.length > shown ? `, ${shown} shown` : ''}.`;
		};
		more.onclick = async () => {
			// One page at a time: a second click while the next page loads does nothing.
			if (more.disabled) return;
			more.disabled = true;
			const first = list.children.length;
			await showNext();
			more.disabled = false;
			list.children[first]?.querySelector('a')?.focus();
		};
		await showNext();
	};

	const remember = (query: string) => {
		const url = new URL(location.href);
		url.searchParams.set('q', query);
		history.replaceState(null, '', url);
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			remember(input.value);
			void run(input.value);
		}, TYPE_DELAY_MS);
	});

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		remember(input.value);
		void run(input.value);
	});
	const initial = new URL(location.href).searchParams.get('q');
	if (initial) {
		input.value = initial;
		void run(initial);
	}
}
