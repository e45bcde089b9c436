// The GOV.UK timeout warning: a modal dialog before the idle session ends, with the time left counted down
// and announced to screen readers. "Stay signed in" makes a request, which renews the session on the server.
// The server decides when the session ends: another tab may have kept it going, so before warning, and again
// before saying the session has ended, this tab asks how long it really has left.
export function initTimeoutWarning (dialog) {
  const idleMs = Number(dialog.dataset.idleSeconds) * 1000
  const warningMs = Number(dialog.dataset.warningSeconds) * 1000
  const countdown = dialog.querySelector('.app-timeout-dialog__countdown')
  const announcement = dialog.querySelector('#timeout-warning-announcement')
  const form = dialog.querySelector('.app-timeout-dialog__form')
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

  const signedOut = () => {
    window.location.href = dialog.dataset.timedOutUrl
  }

  // How long the session has left on the server, in milliseconds; 0 if it has ended or the answer is unclear.
  const timeLeft = async () => {
    try {
      const response = await fetch(dialog.dataset.statusUrl, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
      if (response.status !== 200) {
        return 0
      }
      const status = await response.json()
      return Math.max(0, Number(status.secondsLeft) * 1000 || 0)
    } catch {
      return 0
    }
  }

  const schedule = (leftMs) => {
    window.clearTimeout(warnTimer)
    window.clearTimeout(tickTimer)
    deadline = Date.now() + leftMs
    warnTimer = window.setTimeout(warnOrWait, Math.max(0, leftMs - warningMs))
  }

  const tick = async () => {
    const left = deadline - Date.now()
    if (left <= 0) {
      const server = await timeLeft()
      if (server <= 0) {
        signedOut()
        return
      }
      if (server > warningMs) {
        dialog.close()
        schedule(server)
        return
      }
      deadline = Date.now() + server
    }
    countdown.textContent = words(deadline - Date.now())
    // Announce each minute, then every 20 seconds, rather than every second.
    const seconds = Math.ceil((deadline - Date.now()) / 1000)
    if (seconds % 60 === 0 || (seconds < 60 && seconds % 20 === 0)) {
      announcement.textContent = `We will sign you out in ${words(deadline - Date.now())}.`
    }
    tickTimer = window.setTimeout(tick, 1000)
  }

  const warnOrWait = async () => {
    const left = await timeLeft()
    if (left <= 0) {
      signedOut()
      return
    }
    if (left > warningMs + 1000) {
      schedule(left)
      return
    }
    deadline = Date.now() + left
    countdown.textContent = words(left)
    announcement.textContent = `You’re about to be signed out. We will sign you out in ${words(left)}.`
    dialog.showModal()
    tick()
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    // A session that has already ended answers with a redirect to sign in: only the keep-alive's own answer counts.
    let response
    try {
      response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', redirect: 'manual' })
    } catch {
      response = null
    }
    if (!response || response.status !== 204) {
      signedOut()
      return
    }
    dialog.close()
    schedule(idleMs)
  })

  // Escape closes a dialog without a choice; treat it as "stay signed in", as the GOV.UK pattern does.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault()
    form.requestSubmit()
  })

  schedule(idleMs)
}
