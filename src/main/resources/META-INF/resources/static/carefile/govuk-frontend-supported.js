// Runs at the start of <body>, before the page is painted, as GOV.UK Frontend requires: the
// classes switch on the styles of JavaScript-enhanced components. A file rather than an inline
// script, so that a strict Content-Security-Policy can forbid inline scripts.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
