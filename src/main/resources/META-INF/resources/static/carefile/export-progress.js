// Moves a background export's progress bar without reloading the page: polls the export's status
// every second and, once it is written, shows the download link. Without this script the page
// offers a "check again" link instead.
const page = document.getElementById('export');

if (page) {
  const bar = document.getElementById('export-progress-bar');
  const done = bar.querySelector('.carefile-progress__done');
  const words = document.getElementById('export-progress');
  const number = new Intl.NumberFormat('en-GB');
  document.getElementById('export-check-again').hidden = true;

  const poll = async () => {
    let progress;
    try {
      const answer = await fetch(page.dataset.status, { headers: { Accept: 'application/json' } });
      if (!answer.ok) {
        throw new Error(String(answer.status));
      }
      progress = await answer.json();
    } catch {
      document.getElementById('export-check-again').hidden = false;
      return;
    }
    page.dataset.state = progress.state;
    done.style.width = progress.percent + '%';
    bar.setAttribute('aria-valuenow', String(progress.percent));
    words.textContent = words.textContent.replace(
      /^[\d,]+ of [\d,]+/,
      number.format(progress.rowsDone) + ' of ' + number.format(progress.rowsTotal));
    if (progress.state === 'DONE') {
      document.getElementById('export-writing').hidden = true;
      document.getElementById('export-ready').hidden = false;
    } else if (progress.state === 'QUEUED' || progress.state === 'RUNNING') {
      setTimeout(poll, 1000);
    } else {
      window.location.reload();
    }
  };

  if (page.dataset.state === 'QUEUED' || page.dataset.state === 'RUNNING') {
    setTimeout(poll, 1000);
  }
}
