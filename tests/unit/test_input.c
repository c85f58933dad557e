/* tests/unit/test_input.c: whole-file and line-by-line reads notice a file that changes while
 * it is read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "io/read/input.h"
#include "io/read/line_reader.h"

static char path[] = "/tmp/locnet-input-test-XXXXXX";

static int make_file(void **state)
{
    (void)state;
    strcpy(path + strlen(path) - 6, "XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    const char text[] = "first line\nsecond line\nthird line\n";
    ssize_t written = write(fd, text, sizeof text - 1);
    close(fd);
    return written == (ssize_t)sizeof text - 1 ? 0 : -1;
}

static int remove_file(void **state)
{
    (void)state;
    return unlink(path);
}

static void reads_a_whole_file(void **state)
{
    (void)state;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_input_text_t input;
    assert_int_equal(locnet_input_open_text(path, &input, &diagnostics), LOCNET_OK);
    assert_int_equal(input.length, 34);
    assert_string_equal(input.text + 23, "third line\n");
    locnet_input_close_text(&input);
    assert_string_equal(input.text, "");
    locnet_input_close_text(NULL);
    assert_int_equal(diagnostics.count, 0);
    locnet_diagnostics_destroy(&diagnostics);
}

static void a_file_that_changed_is_noticed(void **state)
{
    (void)state;
    int fd = open(path, O_RDONLY);
    struct stat before;
    assert_int_equal(fstat(fd, &before), 0);
    assert_true(locnet_input_unchanged(fd, &before, 34));
    assert_false(locnet_input_unchanged(fd, &before, 33));  /* fewer bytes read than it holds */
    assert_int_equal(truncate(path, 11), 0);
    assert_false(locnet_input_unchanged(fd, &before, 11));
    close(fd);
}

static void a_file_truncated_between_lines_is_reported(void **state)
{
    (void)state;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_line_reader_t lines;
    assert_int_equal(locnet_line_reader_open(&lines, path, &diagnostics), LOCNET_OK);
    size_t length;
    assert_non_null(locnet_line_reader_next(&lines, &length, NULL));
    assert_int_equal(length, 11);
    /* the reader holds the whole small file already: truncated now, it ends early only in
     * what the file says at the end, and that is what is checked */
    assert_int_equal(truncate(path, 11), 0);
    while (locnet_line_reader_next(&lines, &length, NULL) != NULL)
        ;
    assert_int_equal(locnet_line_reader_check(&lines, &diagnostics), LOCNET_EREAD);
    assert_int_equal(diagnostics.count, 1);
    assert_non_null(strstr(diagnostics.items[0].text, "changed while it was read"));
    assert_non_null(strstr(diagnostics.items[0].text, path));
    locnet_line_reader_close(&lines);
    locnet_diagnostics_destroy(&diagnostics);
}

static void an_unchanged_file_passes_the_check(void **state)
{
    (void)state;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_line_reader_t lines;
    assert_int_equal(locnet_line_reader_open(&lines, path, &diagnostics), LOCNET_OK);
    size_t length;
    int count = 0;
    while (locnet_line_reader_next(&lines, &length, NULL) != NULL)
        count++;
    assert_int_equal(count, 3);
    assert_int_equal(locnet_line_reader_check(&lines, &diagnostics), LOCNET_OK);
    assert_int_equal(diagnostics.count, 0);
    locnet_line_reader_close(&lines);
    locnet_diagnostics_destroy(&diagnostics);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(reads_a_whole_file, make_file, remove_file),
        cmocka_unit_test_setup_teardown(a_file_that_changed_is_noticed, make_file, remove_file),
        cmocka_unit_test_setup_teardown(a_file_truncated_between_lines_is_reported, make_file,
                                        remove_file),
        cmocka_unit_test_setup_teardown(an_unchanged_file_passes_the_check, make_file,
                                        remove_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
