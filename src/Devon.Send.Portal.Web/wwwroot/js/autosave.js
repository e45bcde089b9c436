// Saves a long form as a draft as the person types: shortly after they leave a field they changed, every 20 seconds
// while something has changed, and when they leave the page. It posts the form (without any file, which only the
// form's own buttons send) to the URL in its data-autosave attribute and announces the time saved, politely, in the
// element named by data-autosave-status. Every such form works without this: its "Save" button does the same.
const form = document.querySelector('form[data-autosave]')
const status = form && document.getElementById(form.dataset.autosaveStatus)

if (form && status) {
  let changed = false
  let saving = null
  let submitting = false
  let soon = 0

  const save = async () => {
    if (!changed || saving || submitting) {
      return saving
    }

    changed = false
    saving = (async () => {
      const data = new FormData(form)
      for (const [name, value] of [...data.entries()]) {
        if (value instanceof File) {
          data.delete(name)
        }
      }
      try {
        const response = await fetch(form.dataset.autosave, {
          method: 'POST',
          body: data,
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
        if (response.status === 409) {
          // Submitted elsewhere (another tab): show what is now true.
          window.location.reload()
          return
        }

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

  form.addEventListener('input', (event) => {
    if (event.target.type !== 'file') {
      changed = true
    }
  })
  // Leaving a field saves shortly after, so a change is never more than one field behind; not once a button has been
  // pressed, whose own post saves everything (two saves at once would only compete).
  form.addEventListener('focusout', (event) => {
    if (event.target.matches('input:not([type=file]), textarea, select')) {
      window.clearTimeout(soon)
      soon = window.setTimeout(save, 300)
    }
  })
  form.addEventListener('submit', () => {
    submitting = true
    window.clearTimeout(soon)
  })
  window.setInterval(save, 20000)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      save()
    }
  })
}
