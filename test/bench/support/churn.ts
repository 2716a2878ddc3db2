/**
 * The churn a portal page makes (issue #15): a grid whose cells change and whose rows come and
 * go, a spinner turning, rows highlighted: `perSecond` DOM mutations a second for `seconds`, in
 * ticks of 10 ms. A late tick makes up for the mutations it owes, so every run makes the same
 * number however busy the main thread is. Runs in the page's own world (page.evaluate) and
 * returns its own script time, measured around each tick, and how many mutations it made.
 */
export function churnDriver(options: {
  perSecond: number;
  seconds: number;
}): Promise<{ ownMs: number; mutations: number; ticks: number }> {
  const { perSecond, seconds } = options;
  const host = document.querySelector('main, #root') ?? document.body;
  const box = document.createElement('section');
  box.setAttribute('aria-label', 'Activity');
  const spinner = document.createElement('div');
  spinner.className = 'spinner';
  spinner.setAttribute('role', 'progressbar');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const arc = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
  svg.append(arc);
  spinner.append(svg);
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  table.append(body);
  let serial = 0;
  const row = (): HTMLTableRowElement => {
    const tr = document.createElement('tr');
    tr.className = 'row';
    for (let c = 0; c < 5; c++) {
      const td = document.createElement('td');
      td.textContent = c === 0 ? `user${serial}@contoso.example` : `value ${serial}-${c}`;
      tr.append(td);
    }
    serial++;
    return tr;
  };
  for (let r = 0; r < 200; r++) body.append(row());
  box.append(spinner, table);
  host.append(box);

  let mutations = 0;
  let ownMs = 0;
  let ticks = 0;
  let n = 0;
  const mutate = (): void => {
    const rows = body.rows;
    const kind = n % 10;
    if (kind < 4) {
      // A cell's text, as a framework updates a text node.
      const cell = rows[n % rows.length]!.cells[1 + (n % 4)]!;
      (cell.firstChild as Text).data = `value ${n}`;
      mutations++;
    } else if (kind < 6) {
      spinner.style.transform = `rotate(${(n * 7) % 360}deg)`;
      mutations++;
    } else if (kind < 7) {
      arc.setAttribute('stroke-dashoffset', String(n % 100));
      mutations++;
    } else if (kind < 9) {
      const tr = rows[(n * 13) % rows.length]!;
      tr.className = n % 2 ? 'row row-hover' : 'row';
      mutations++;
    } else {
      body.firstElementChild!.remove();
      body.append(row());
      mutations += 2;
    }
    n++;
  };
  const begin = performance.now();
  const total = perSecond * seconds;
  return new Promise((resolve) => {
    const tick = (): void => {
      const start = performance.now();
      const owed = Math.min(total, Math.ceil(((start - begin) / 1000) * perSecond));
      while (mutations < owed) mutate();
      ownMs += performance.now() - start;
      ticks++;
      if (mutations < total) setTimeout(tick, 10);
      else resolve({ ownMs, mutations, ticks });
    };
    tick();
  });
}
