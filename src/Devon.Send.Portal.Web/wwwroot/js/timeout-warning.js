// The GOV.UK timeout warning: a modal dialog before the idle session ends, with the time left counted down
// and announced to screen readers. "Stay signed in" makes a request, which renews the session on the server.
export function initTimeoutWarning (dialog) {
  const idleMs = Number(dialog.dataset.idleSeconds) * 1000
  const warningMs = Number(dialog.dataset.warningSeconds) * 1000
  const countdown = dialog.querySelector('.app-timeout-dialog__countdown')
  const announcement = dialog.querySelector('#timeout-warning-announcement')
  const form = dialog.querySelector('form')
  let deadline = 0
  let warnTimer = 0
  let tickTimer = 0

  const words = (ms) => {
    const seconds = Math.max(0, Math.ceil(ms / 1000))
    if (seconds >= 60) {
      const minutes = Math.ceil(seconds / 60)
      return minutes === 1 ? '1 minute' : `${minutes} minutes`
    }
    return seconds === 1 ? '1 second' : `${seconds} seconds`
  }

  const tick = () => {
    const left = deadline - Date.now()
    if (left <= 0) {
      window.location.href = dialog.dataset.timedOutUrl
      return
    }
    countdown.textContent = words(left)
    // Announce each minute, then every 20 seconds, rather than every second.
    const seconds = Math.ceil(left / 1000)
    if (seconds % 60 === 0 || (seconds < 60 && seconds % 20 === 0)) {
      announcement.textContent = `We will sign you out in ${words(left)}.`
    }
    tickTimer = window.setTimeout(tick, 1000)
  }

  const warn = () => {
    countdown.textContent = words(deadline - Date.now())
    announcement.textContent = `You’re about to be signed out. We will sign you out in ${words(deadline - Date.now())}.`
    dialog.showModal()
    tick()
  }

  const restart = () => {
    window.clearTimeout(warnTimer)
    window.clearTimeout(tickTimer)
    deadline = Date.now() + idleMs
    warnTimer = window.setTimeout(warn, idleMs - warningMs)
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
    if (!response.ok) {
      window.location.href = dialog.dataset.timedOutUrl
      return
    }
    dialog.close()
    restart()
  })

  // Escape closes a dialog without a choice; treat it as "stay signed in", as the GOV.UK pattern does.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault()
    form.requestSubmit()
  })

  restart()
}
