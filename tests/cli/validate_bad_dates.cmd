# exit 65
# dates of the right shape that no calendar has: the day after the month's last, 29 February of a common year (1900 is one), year 0, month 13; 2024-02-29 is a day
locnet validate bad/dates.json
