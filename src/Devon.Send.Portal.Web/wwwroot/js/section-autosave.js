// Saves a long section form as a draft as the person types: every 20 seconds when something has changed, and
// whenever they leave a field. The form works without this (its "Save and come back later" button does the same).
const form = document.querySelector('form[data-autosave]')
const status = document.getElementById('autosave-status')
const everyMs = 20000

if (form && status) {
  let changed = false
  let saving = null

  const save = async () => {
    if (!changed || saving) {
      return saving
    }

    changed = false
    saving = (async () => {
      try {
        const response = await fetch(form.dataset.autosave, {
          method: 'POST',
          body: new FormData(form),
          credentials: 'same-origin',
          redirect: 'manual',
          headers: { Accept: 'application/json' },
        })
        if (response.ok) {
          const { savedAt } = await response.json()
          status.textContent = `Draft saved at ${savedAt}`
          return
        }

        changed = true
        // A sign-in redirect means the session has ended; what was saved before is kept and restored after signing in.
        status.textContent = response.type === 'opaqueredirect' || response.status === 401
          ? 'Your latest changes could not be saved because you have been signed out. Copy anything you have just typed, then sign in again: your last saved draft will be brought back.'
          : 'Your latest changes could not be saved just now. We will try again in a moment.'
      } catch {
        changed = true
        status.textContent = 'Your latest changes could not be saved just now. We will try again in a moment.'
      } finally {
        saving = null
      }
    })()
    return saving
  }

  form.addEventListener('input', () => { changed = true; })
  form.addEventListener('focusout', (event) => {
    if (event.target.matches('input, textarea')) {
      save()
    }
  })
  setInterval(save, everyMs)
}
