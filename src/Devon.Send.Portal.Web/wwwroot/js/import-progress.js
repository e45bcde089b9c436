// While an import runs, fetch its status page every two seconds and update the progress in place (announced
// politely to screen readers); when it has finished, load the page to show the result. Without JavaScript the
// "Check progress" button does the same.
const progress = document.getElementById('import-progress')

if (progress) {
  const url = progress.dataset.refreshUrl
  const check = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      const page = new DOMParser().parseFromString(await response.text(), 'text/html')
      const latest = page.getElementById('import-progress')
      if (!latest) {
        window.location.assign(url)
        return
      }
      if (latest.textContent.trim() !== progress.textContent.trim()) {
        progress.replaceChildren(...latest.childNodes)
      }
    } catch {
      // A missed check is made up by the next one.
    }
    window.setTimeout(check, 2000)
  }
  window.setTimeout(check, 2000)
}
