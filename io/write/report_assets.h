/* io/write/report_assets.h: the style sheet and script of `locnet report`'s page, compiled into
 * locnet from io/write/report/report.css and report.js by io/write/report/embed.cmake at build
 * time, with the script's SHA-256 for the page's Content Security Policy. */
#ifndef LOCNET_REPORT_ASSETS_H
#define LOCNET_REPORT_ASSETS_H

extern const char locnet_report_css[];
extern const char locnet_report_js[];
/* base64 of the SHA-256 of locnet_report_js (without its terminating NUL) */
extern const char locnet_report_js_sha256[];

#endif
