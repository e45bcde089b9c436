// Live updates of a plan page, added on top of a page that works without them. The server says which part of the plan
// moved and to which revision; the page fetches that part's HTML from the server (the same components that drew the
// page) and swaps it in. After a lost connection it rejoins and fetches every part whose revision moved meanwhile.
// On a section's edit page it only tells the server which section is being edited and warns of others editing it.

const root = document.getElementById('plan-live')
if (root && window.signalR) {
  start(root, window.signalR)
}

function start (root, signalR) {
  const childId = root.dataset.childId
  const partUrl = root.dataset.partUrl
  const editing = root.dataset.editing || null
  const announcer = document.getElementById('plan-live-announcer')
  const statusLine = document.getElementById('plan-live-status')
  let you = null
  let people = []
  let ended = false
  let updates = Promise.resolve()

  const connection = new signalR.HubConnectionBuilder()
    .withUrl(root.dataset.hub)
    // Keep trying, less and less often, for as long as the page is open.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(30000, 1000 * 2 ** retry.previousRetryCount) })
    .configureLogging(signalR.LogLevel.None)
    .build()

  connection.on('PlanChanged', (change) => queue(() => applyChange(change)))
  connection.on('Presence', (present) => showPresence(present))
  connection.on('AccessEnded', () => {
    ended = true
    connection.stop()
    showStatus('You can no longer see this plan, so it has stopped updating. Reload the page to find out more.')
  })
  const lost = 'The connection was lost. The plan will update again when it is back.'
  connection.onreconnecting(() => showStatus(lost))
  connection.onreconnected(() => join())
  // The server closed the connection (a restart, say) or reconnecting gave up: start again, and catch up when back.
  connection.onclose(() => {
    if (!ended) {
      showStatus(lost)
      connect(1)
    }
  })

  connect(0)

  function connect (attempt) {
    connection.start().then(join).catch((error) => {
      if (ended) {
        return
      }
      if (error && (error.statusCode === 401 || error.statusCode === 403)) {
        ended = true
        showStatus('You have been signed out, so the plan has stopped updating. Reload the page to sign in again.')
        return
      }
      setTimeout(() => connect(attempt + 1), Math.min(30000, 1000 * 2 ** attempt))
    })
  }

  async function join () {
    const state = await connection.invoke('Join', childId)
    you = state.you
    if (editing) {
      await connection.invoke('Editing', childId, editing)
    }

    showPresence(state.people)
    showStatus(null)
    root.dataset.liveReady = 'true'
    await queue(() => catchUp(state))
  }

  // Updates run one after another, so a slow fetch never overwrites a newer one.
  function queue (work) {
    updates = updates.then(work).catch(() => showStatus('A change could not be shown. Reload the page to see the latest version.'))
    return updates
  }

  async function catchUp (state) {
    if (editing) {
      const moved = (state.sections[editing] || 0) > Number(root.dataset.revision || 0)
      if (moved) {
        warnOfNewerRevision()
      }
      return
    }

    const stale = sections().filter((section) => (state.sections[section.dataset.section] || 0) > Number(section.dataset.revision))
    const status = document.getElementById('plan-status')
    const versionsMoved = status && state.versions > Number(status.dataset.versions)
    const parts = versionsMoved ? sections() : stale
    for (const section of parts) {
      await refresh(section.dataset.section)
    }
    if (versionsMoved) {
      await refresh('versions')
    }
    if (stale.length > 0 || versionsMoved) {
      await refresh('status')
      announce(`While you were away, the plan changed: ${versionsMoved ? 'a new version was issued' : stale.map((s) => `section ${s.dataset.section}`).join(', ')}.`)
    }
  }

  async function applyChange (change) {
    if (editing) {
      if (change.part === editing && change.revision > Number(root.dataset.revision || 0)) {
        warnOfNewerRevision(change.announcement)
      }
      return
    }

    const status = document.getElementById('plan-status')
    if (change.part === 'versions') {
      if (!status || change.revision <= Number(status.dataset.versions)) {
        return
      }
      for (const section of sections()) {
        await refresh(section.dataset.section)
      }
      await refresh('versions')
    } else {
      const section = sections().find((s) => s.dataset.section === change.part)
      if (!section || change.revision <= Number(section.dataset.revision)) {
        return
      }
      await refresh(change.part)
    }
    await refresh('status')
    announce(change.announcement)
  }

  async function refresh (part) {
    const response = await fetch(partUrl + encodeURIComponent(part.toLowerCase()), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
    if (!response.ok) {
      throw new Error(`The ${part} part could not be fetched: ${response.status}`)
    }

    const template = document.createElement('template')
    template.innerHTML = await response.text()
    const fresh = template.content.firstElementChild
    const current = fresh && document.getElementById(fresh.id)
    if (!current || Number(fresh.dataset.revision || 0) < Number(current.dataset.revision || 0)) {
      return
    }

    const hadFocus = current.contains(document.activeElement)
    current.replaceWith(fresh)
    if (hadFocus) {
      // Keep keyboard users where they were rather than dropping them to the top of the page.
      fresh.setAttribute('tabindex', '-1')
      fresh.focus({ preventScroll: true })
    }
    showEditingTags()
  }

  function sections () {
    return Array.from(document.querySelectorAll('[data-section]'))
  }

  function others () {
    return people.filter((person) => person.key !== you)
  }

  function showPresence (present) {
    people = present
    const list = document.getElementById('plan-presence-list')
    if (list) {
      list.replaceChildren(...others().map((person) => {
        const item = document.createElement('li')
        item.textContent = `${person.name} (${person.role})` + (person.editing.length ? `, editing section ${person.editing.join(', ')}` : '')
        return item
      }))
      const empty = document.getElementById('plan-presence-empty')
      if (empty) {
        empty.hidden = others().length > 0
      }
      document.getElementById('plan-presence').hidden = false
    }
    showEditingTags()
    if (editing) {
      showEditingWarning()
    }
  }

  // A tag on each section someone else is editing, so nobody starts editing it unawares.
  function showEditingTags () {
    for (const section of sections()) {
      const tags = section.querySelector('.app-plan-section__tags')
      if (!tags) {
        continue
      }
      tags.querySelectorAll('.app-plan-section__editing').forEach((tag) => tag.remove())
      for (const person of others().filter((p) => p.editing.includes(section.dataset.section))) {
        const tag = document.createElement('strong')
        tag.className = 'govuk-tag govuk-tag--purple app-plan-section__editing'
        tag.textContent = `${person.name} is editing this section`
        tags.append(tag)
      }
    }
  }

  function showEditingWarning () {
    const warning = document.getElementById('plan-editing-warning')
    if (!warning) {
      return
    }
    const editors = others().filter((p) => p.editing.includes(editing))
    warning.replaceChildren(...editors.map((person) => warningText(
      `${person.name} (${person.role}) is editing this section now. If you both save, whoever saves second will be shown both versions to combine.`)))
  }

  function warnOfNewerRevision (announcement) {
    const notice = document.getElementById('plan-newer-warning')
    if (notice && notice.childElementCount === 0) {
      notice.append(warningText(`${announcement || 'Someone changed this section.'} When you save, you will be shown their version beside yours to combine them.`))
    }
  }

  function warningText (text) {
    const box = document.createElement('div')
    box.className = 'govuk-warning-text'
    const icon = document.createElement('span')
    icon.className = 'govuk-warning-text__icon'
    icon.setAttribute('aria-hidden', 'true')
    icon.textContent = '!'
    const message = document.createElement('strong')
    message.className = 'govuk-warning-text__text'
    const hidden = document.createElement('span')
    hidden.className = 'govuk-visually-hidden'
    hidden.textContent = 'Warning'
    message.append(hidden, ' ' + text)
    box.append(icon, message)
    return box
  }

  function announce (text) {
    if (announcer) {
      announcer.textContent = text
    }
  }

  function showStatus (text) {
    if (statusLine) {
      statusLine.textContent = text || ''
      statusLine.hidden = !text
    }
  }
}
