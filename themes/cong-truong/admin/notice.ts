/**
 * A Vietnamese notice over the editor (a paste that changed something, a save
 * whose body holds what the site drops). Decap's own toasts are inside its
 * Redux store, which the bundle does not reach; this is a plain `role="status"`
 * box that screen readers announce, closed with its button.
 */
const ID = 'ct-notice';

export function showNotice(heading: string, lines: string[]): void {
  document.getElementById(ID)?.remove();
  const box = document.createElement('div');
  box.id = ID;
  box.className = 'ct-notice';
  box.setAttribute('role', 'status');
  const title = document.createElement('p');
  title.className = 'ct-notice__title';
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const line of lines) list.append(Object.assign(document.createElement('li'), { textContent: line }));
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Đã hiểu' });
  close.addEventListener('click', () => box.remove());
  box.append(title, list, close);
  document.body.append(box);
}
