/* io/write/report_timeline.c: partnerships per year, drawn as an SVG chart, with the numbers. */
#include "io/write/report_parts.h"

#include <math.h>
#include <stdlib.h>

/* The chart's frame, in SVG units. */
#define WIDTH 760.0
#define HEIGHT 250.0
#define LEFT 46.0
#define RIGHT 56.0
#define TOP 18.0
#define BOTTOM 34.0

/* The smallest round number (1, 2 or 5 times a power of ten, at least 1) not below value. */
static double round_up(double value)
{
    double power = pow(10, floor(log10(value > 1 ? value : 1)));
    for (int i = 0; i < 3; i++) {
        double step = power * (i == 0 ? 1 : i == 1 ? 2 : 5);
        if (step >= value)
            return step;
    }
    return power * 10;
}

typedef struct chart {
    FILE *out;
    int first;           /* first year */
    double slot;         /* width of one year */
    int ticks;           /* steps of both axes */
    double new_step;     /* the left axis' step (partnerships signed in a year) */
    double total_step;   /* the right axis' step (partnerships in all) */
    double new_top;      /* the axes' top values */
    double total_top;
} chart_t;

static double x_of(const chart_t *chart, int year)
{
    return LEFT + (year - chart->first + 0.5) * chart->slot;
}

static double y_of(double value, double top)
{
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
}

/* Grid lines and the two axes' labels. */
static void write_axes(const chart_t *chart, const locnet_timeline_t *timeline)
{
    FILE *out = chart->out;
    for (int tick = 0; tick <= chart->ticks; tick++) {
        double y = y_of(tick * chart->new_step, chart->new_top);
        fprintf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                     "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>"
                     "<text class=\"axis total\" x=\"%.1f\" y=\"%.1f\">%.0f</text>\n",
                LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, tick * chart->new_step,
                WIDTH - RIGHT + 6, y + 4, tick * chart->total_step);
    }
    int label_every = (int)round_up((double)timeline->count / 14);
    for (size_t i = 0; i < timeline->count; i++) {
        int year = timeline->years[i].year;
        if (year % label_every == 0 || timeline->count == 1)
            fprintf(out, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d"
                         "</text>\n",
                    x_of(chart, year), HEIGHT - BOTTOM + 16, year);
    }
    fprintf(out, "<text class=\"axis\" x=\"%.1f\" y=\"10\">signed in the year</text>"
                 "<text class=\"axis total\" x=\"%.1f\" y=\"10\" text-anchor=\"end\">in all"
                 "</text>\n",
            4.0, WIDTH - 4);
}

static void write_bars_and_line(const chart_t *chart, const locnet_timeline_t *timeline)
{
    FILE *out = chart->out;
    for (size_t i = 0; i < timeline->count; i++) {
        const locnet_timeline_year_t *year = &timeline->years[i];
        double y = y_of((double)year->new_partnerships, chart->new_top);
        fprintf(out, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                     "<title>%d: %lld signed, %lld in all</title></rect>\n",
                x_of(chart, year->year) - chart->slot * 0.4, y, chart->slot * 0.8,
                HEIGHT - BOTTOM - y, year->year, (long long)year->new_partnerships,
                (long long)year->partnerships);
    }
    fputs("<polyline class=\"total\" points=\"", out);
    for (size_t i = 0; i < timeline->count; i++)
        fprintf(out, "%s%.1f,%.1f", i == 0 ? "" : " ", x_of(chart, timeline->years[i].year),
                y_of((double)timeline->years[i].partnerships, chart->total_top));
    fputs("\"/>\n", out);
}

/* A dashed line and the event's name at each event's year within the chart. */
static void write_events(const chart_t *chart, const locnet_report_t *report)
{
    FILE *out = chart->out;
    const locnet_timeline_t *timeline = report->timeline;
    for (size_t i = 0; i < report->event_count; i++) {
        int year = report->events[i].year;
        if (year < chart->first || year > timeline->years[timeline->count - 1].year)
            continue;
        double x = x_of(chart, year);
        fprintf(out, "<g class=\"event\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                     "<text x=\"%.1f\" y=\"%.1f\" transform=\"rotate(-90 %.1f %.1f)\">",
                x, TOP, x, HEIGHT - BOTTOM, x - 3, TOP + 2, x - 3, TOP + 2);
        locnet_html_text(out, report->events[i].label);
        fprintf(out, "</text><title>%d: ", year);
        locnet_html_text(out, report->events[i].name);
        fputs("</title></g>\n", out);
    }
}

typedef struct year_rows {
    const locnet_timeline_t *timeline;
    size_t *years;   /* the indices of the years with a signing */
} year_rows_t;

static locnet_status_t write_year_row(locnet_html_table_t *table, size_t row, const void *data)
{
    const year_rows_t *rows = data;
    const locnet_timeline_year_t *year = &rows->timeline->years[rows->years[row]];
    char text[16];
    snprintf(text, sizeof text, "%d", year->year);
    locnet_html_row_begin(table, NULL);
    locnet_html_cell(table, text);
    locnet_html_cell_count(table, year->new_partnerships);
    locnet_html_cell_count(table, year->partnerships);
    locnet_html_cell_count(table, year->localities);
    locnet_html_cell_count(table, year->largest_component);
    locnet_html_row_end(table);
    return LOCNET_OK;
}

/* The years in which partnerships were signed, as a table. */
static locnet_status_t write_numbers(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"year", "signed", "partnerships in all",
                                          "localities taking part", "largest component"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_NUMBER, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_NUMBER, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_NUMBER};
    const locnet_timeline_t *timeline = report->timeline;
    year_rows_t rows = {timeline, malloc((timeline->count + 1) * sizeof(size_t))};
    if (rows.years == NULL)
        return LOCNET_ENOMEM;
    size_t count = 0;
    for (size_t i = 0; i < timeline->count; i++) {
        if (timeline->years[i].new_partnerships > 0)
            rows.years[count++] = i;
    }
    fputs("<details><summary>The years in which partnerships were signed</summary>\n", out);
    locnet_html_table_spec_t spec = {"timeline-table", headers, kinds, 5, count, count, false};
    locnet_status_t status = locnet_html_table_write(out, &spec, write_year_row, &rows);
    fputs("</details>\n", out);
    free(rows.years);
    return status;
}

locnet_status_t locnet_report_write_timeline(const locnet_report_t *report, FILE *out)
{
    const locnet_timeline_t *timeline = report->timeline;
    locnet_html_section_begin(out, "timeline", "Timeline");
    fputs("<p>", out);
    if (timeline->count == 0) {
        fputs("No partnership has a year: there is no timeline to draw.", out);
    } else {
        fprintf(out, "Partnerships signed each year from %d to %d (bars, left scale) and in all "
                     "by the end of each year (line, right scale).",
                timeline->years[0].year, timeline->years[timeline->count - 1].year);
        if (report->event_count > 0)
            fputs(" Dashed lines mark the events, numbered; point at one for its name.", out);
    }
    if (timeline->without_year > 0) {
        fputc(' ', out);
        locnet_html_count(out, timeline->without_year);
        fputs(timeline->without_year == 1 ? " partnership has no year and is left out."
                                          : " partnerships have no year and are left out.",
              out);
    }
    fputs("</p>\n", out);
    if (timeline->count == 0) {
        locnet_html_section_end(out);
        return LOCNET_OK;
    }
    chart_t chart = {out, timeline->years[0].year, (WIDTH - LEFT - RIGHT) / (double)timeline->count,
                     0, 0, 0, 0, 0};
    double most = 1;
    for (size_t i = 0; i < timeline->count; i++) {
        if (timeline->years[i].new_partnerships > most)
            most = (double)timeline->years[i].new_partnerships;
    }
    chart.new_step = round_up(most / 5);
    chart.ticks = (int)ceil(most / chart.new_step);
    chart.new_top = chart.ticks * chart.new_step;
    chart.total_step = round_up((double)timeline->years[timeline->count - 1].partnerships / chart.ticks);
    chart.total_top = chart.ticks * chart.total_step;
    fprintf(out, "<svg class=\"chart\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\""
                 "Partnerships per year\">\n",
            WIDTH, HEIGHT);
    write_axes(&chart, timeline);
    write_bars_and_line(&chart, timeline);
    write_events(&chart, report);
    fputs("</svg>\n", out);
    locnet_status_t status = write_numbers(report, out);
    locnet_html_section_end(out);
    return status;
}
