// Search over the whole site with Pagefind's static index: no server, results rendered with
// DOM methods only (text nodes and <mark>), so indexed text can never become markup.
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	options: (o: { baseUrl: string }) => Promise<void>;
	search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

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

	const run = async (query: string) => {
		list.replaceChildren();
		if (query.trim() === '') {
			statusLine.textContent = '';
			return;
		}
		statusLine.textContent = 'Searching…';
		const api = await load();
		const { results } = await api.search(query);
		const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
		for (const item of data) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = item.url;
			a.textContent = item.meta.title ?? item.url;
			const p = document.createElement('p');
			appendExcerpt(p, item.excerpt);
			li.append(a, p);
			list.append(li);
		}
		statusLine.textContent =
			results.length === 0
				? `No results for “${query}”.`
				: `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”.`;
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
		void run(input.value);
	});
	const initial = new URL(location.href).searchParams.get('q');
	if (initial) {
		input.value = initial;
		void run(initial);
	}
}
