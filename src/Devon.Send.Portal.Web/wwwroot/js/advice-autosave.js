// Saves the advice draft when the person leaves a box they changed, every 30 seconds while it has changed, and when
// they leave the page, by posting the
// form's text (not its file) to the page's autosave handler; the time saved is announced politely. Without
// JavaScript the "Save as draft" button does the same.
const form = document.getElementById('advice-form')
const status = document.getElementById('advice-autosave-status')

if (form && status) {
  let changed = false
  let saving = false
  const save = async () => {
    if (!changed || saving || submitting) {
      return
    }
    saving = true
    changed = false
    const data = new FormData(form)
    data.delete('Attachment')
    try {
      const response = await fetch(form.dataset.autosaveUrl, { method: 'POST', body: data, credentials: 'same-origin' })
      if (response.ok) {
        const result = await response.json()
        status.textContent = `Draft saved at ${result.savedAt}`
      } else if (response.status === 409) {
        window.location.reload()
      } else {
        changed = true
        status.textContent = 'Your draft could not be saved just now. Use “Save as draft” to save it.'
      }
    } catch {
      changed = true
    } finally {
      saving = false
    }
  }
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement) {
      changed = true
    }
  })
  // Leaving a box saves shortly after, so a change is never more than one box behind; not when the person has
  // pressed a button, whose own post saves everything (two saves at once would only compete).
  let soon = 0
  let submitting = false
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLTextAreaElement) {
      changed = true
      window.clearTimeout(soon)
      soon = window.setTimeout(() => { if (!submitting) save() }, 1500)
    }
  })
  form.addEventListener('submit', () => {
    submitting = true
    window.clearTimeout(soon)
  })
  window.setInterval(save, 30000)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      save()
    }
  })
}
