// GOV.UK Frontend's components need these classes on <body>; setting them here keeps the page free of inline script.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'
import { initTimeoutWarning } from '/js/timeout-warning.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

const timeoutWarning = document.getElementById('timeout-warning')
if (timeoutWarning) {
  initTimeoutWarning(timeoutWarning)
}
