// The page of `knebel serve`: sends the contract to this computer's own server and shows the
// fragments it renders (the HTML report's renderer). It renders no analysis itself.
'use strict';

const $ = (id) => document.getElementById(id);
const strings = JSON.parse($('strings').textContent);
let lang = document.documentElement.lang;
/** The contract on screen: its id on the server, the name shown, the last view. */
let current = null;

const tr = (key, params = {}) => (strings[lang][key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));

function applyStrings() {
  document.documentElement.lang = lang;
  document.title = tr('serve.title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = tr(el.dataset.t);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

function status(text, progress) {
  $('status-text').textContent = text;
  const bar = $('progress');
  bar.hidden = progress === undefined;
  if (progress === null) bar.removeAttribute('value');
  else if (progress) {
    bar.max = progress.pages;
    bar.value = progress.page - 1;
  }
}

function showError(text) {
  status('');
  $('error').textContent = `${tr('serve.failed')}: ${text}`;
  $('error').hidden = false;
}

/** Read a response of JSON lines: progress, then the view or an error. */
async function follow(request, fresh) {
  $('error').hidden = true;
  status(tr('serve.working'), null);
  let response;
  try {
    response = await request;
  } catch (error) {
    showError(String(error.message || error));
    return;
  }
  if (!response.ok) {
    showError(response.status === 410 ? tr('serve.expired') : (await response.text()).trim());
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.progress) status(tr('serve.ocrPage', message.progress), message.progress);
      else if (message.error) showError(`${message.error.message} [${message.error.code}]`);
      else if (message.view) show(message.id, message.view, fresh);
    }
  }
}

function upload(files, source) {
  if (files.length === 0) {
    showError(tr('serve.nothing'));
    return;
  }
  const limit = Number(document.body.dataset.maxUpload);
  if (files.reduce((sum, f) => sum + f.size, 0) > limit) {
    showError(tr('serve.tooLarge', { limit: Math.round(limit / 1024 / 1024) }));
    return;
  }
  const list = files.map((f) => ({ name: f.name, size: f.size }));
  current = { id: null, source, view: null };
  $('start').value = '';
  const request = fetch('api/analyze', { method: 'POST', headers: { 'x-knebel-files': encodeURIComponent(JSON.stringify(list)) }, body: new Blob(files) });
  return follow(request, true);
}

function query(extra = {}) {
  const params = new URLSearchParams({ id: current.id, lang: current.view.locale, ...extra });
  if ($('start').value) params.set('start', $('start').value);
  if ($('name').value.trim()) params.set('name', $('name').value.trim());
  return params;
}

function updateLinks() {
  const view = current.view;
  for (const link of document.querySelectorAll('a[data-kind]')) link.href = `api/file?${query({ kind: link.dataset.kind })}`;
  $('ics-item').hidden = !view.hasReminder;
  const name = $('name').value.trim() || view.mail.namePlaceholder;
  const body = view.mail.body.split(view.mail.namePlaceholder).join(name);
  $('mail').href = `mailto:?subject=${encodeURIComponent(view.mail.subject)}&body=${encodeURIComponent(body)}`;
}

function show(id, view, fresh) {
  current = { ...current, id, view };
  lang = view.locale;
  applyStrings();
  status('');
  $('result-title').textContent = current.source;
  $('head').innerHTML = view.html.head;
  $('answer').innerHTML = view.html.answer;
  $('facts').innerHTML = view.html.facts;
  $('findings').innerHTML = view.html.findings;
  $('text').innerHTML = view.html.text;
  $('start-box').hidden = !(view.needStart || $('start').value);
  updateLinks();
  $('result').hidden = false;
  $('input').hidden = true;
  // a new result: reading starts at its title (screen readers announce it)
  if (fresh) $('result-title').focus();
}

function reload(extra) {
  if (!current?.view) return;
  return follow(fetch(`api/view?${query(extra)}`), false);
}

const names = (files) => files.map((f) => f.name).join(' + ');

$('files').addEventListener('change', () => {
  const files = [...$('files').files];
  upload(files, names(files));
});
$('check-text').addEventListener('click', () => {
  const text = $('paste').value;
  if (!text.trim()) return showError(tr('serve.nothing'));
  upload([new File([text], 'text.txt', { type: 'text/plain' })], tr('serve.pasted'));
});
const drop = $('drop');
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
}
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const files = [...event.dataTransfer.files];
  upload(files, names(files));
});
$('start').addEventListener('change', () => reload());
$('name').addEventListener('input', () => current?.view && updateLinks());
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    lang = button.dataset.lang;
    applyStrings();
    reload({ lang });
  });
}
$('again').addEventListener('click', () => {
  $('result').hidden = true;
  $('input').hidden = false;
  $('files').value = '';
  $('files').focus();
});
applyStrings();
