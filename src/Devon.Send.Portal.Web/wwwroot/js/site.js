// GOV.UK Frontend's components need these classes on <body>; setting them here keeps the page free of inline script.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
