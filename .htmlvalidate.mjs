// html-validate configuration for the built pages (tests/build/html-validity.test.ts). Every rule of
// the recommended set applies, except those below, each with the reason.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements both as <meta … /> and as <link …>; both are valid HTML, and the
    // choice is the generator's, not the content's.
    'void-style': 'off',
    // HTML allows any id without spaces; Starlight's "_top" anchor (the page title) starts with "_".
    'valid-id': ['error', { relaxed: true }],
    // Starlight's menu toggle is a <button> without type outside any form, where the default type
    // changes nothing; its markup is Starlight's own.
    'no-implicit-button-type': 'off',
    // Starlight renders the "On this page" navigation twice, one for phones and one for wide screens,
    // and shows only one of them (the other is display: none), so a reader meets one landmark.
    // axe's landmark-unique rule, which sees what is displayed, checks this at both widths
    // (tests/e2e/accessibility.test.ts).
    'unique-landmark': 'off',
    // The search page's filters are checkboxes sharing a name per filter ("loai"), as HTML intends:
    // the form sends every ticked value (?loai=quy-trinh&loai=chuyen-de), the address the page reads.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
