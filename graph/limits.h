/* graph/limits.h: the numbers that locnet's rules and messages are built on, written once.
 * Readers, filters and option parsing take their ranges from here, and every message about an
 * input is formatted into a buffer of these sizes. */
#ifndef LOCNET_LIMITS_H
#define LOCNET_LIMITS_H

/* Years (since, until, --since, --until): whole numbers in this range. */
#define LOCNET_YEAR_MIN 1
#define LOCNET_YEAR_MAX 9999

/* Other whole numbers (an event's number): from 1 to the largest of 15 digits, which JSON
 * writers (cJSON prints 15 significant digits) carry exactly. */
#define LOCNET_WHOLE_MAX 999999999999999.0

/* Coordinates in degrees: latitude within [-90, 90], longitude within [-180, 180]. */
#define LOCNET_LATITUDE_LIMIT 90.0
#define LOCNET_LONGITUDE_LIMIT 180.0

/* One message about an input, without its "FILE:LINE:COLUMN: " position. */
#define LOCNET_MESSAGE_SIZE 512
/* A reader's words for where a message points ("locality 7", "column \"lat1\"", "node \"n3\""). */
#define LOCNET_LABEL_SIZE 192
/* A value quoted in a message ("not \"19x5\""): at most this many bytes of it are shown, in a
 * buffer of LOCNET_VALUE_SIZE with its quotes. */
#define LOCNET_QUOTE_SIZE 120
#define LOCNET_VALUE_SIZE (LOCNET_QUOTE_SIZE + 8)

#endif
