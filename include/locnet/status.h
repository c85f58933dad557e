/* locnet/status.h: the status codes every fallible locnet function returns (public). */
#ifndef LOCNET_PUBLIC_STATUS_H
#define LOCNET_PUBLIC_STATUS_H

typedef enum locnet_status {
    LOCNET_OK = 0,
    LOCNET_ENOMEM,      /* out of memory */
    LOCNET_EDATA,       /* the input data is invalid; details are in the diagnostics */
    LOCNET_ENOINPUT,    /* the input file is missing or unreadable */
    LOCNET_ECREATE,     /* an output file cannot be created */
    LOCNET_EWRITE,      /* writing output failed */
    LOCNET_ENOTFOUND,   /* a looked-up locality does not exist */
    LOCNET_EAMBIGUOUS,  /* a looked-up name matches several localities */
    LOCNET_EUSAGE,      /* a caller passed an invalid argument or option value */
    LOCNET_EINTERNAL,   /* igraph or another library failed unexpectedly */
    LOCNET_EREAD        /* reading the input failed part way, or it changed while read */
} locnet_status_t;

#endif
