/* tests/unit/test_output.c: atomic output files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <dirent.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "io/write/output.h"

static char directory[] = "/tmp/locnet-output-test-XXXXXX";

static int make_directory(void **state)
{
    (void)state;
    strcpy(directory + strlen(directory) - 6, "XXXXXX");
    return mkdtemp(directory) == NULL ? -1 : 0;
}

static int remove_directory(void **state)
{
    (void)state;
    DIR *dir = opendir(directory);
    struct dirent *entry;
    char path[512];
    while (dir != NULL && (entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", directory, entry->d_name);
        unlink(path);
    }
    if (dir != NULL)
        closedir(dir);
    return rmdir(directory);
}

static int count_entries(void)
{
    int count = 0;
    DIR *dir = opendir(directory);
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL)
        count += entry->d_name[0] != '.';
    closedir(dir);
    return count;
}

static void read_file(const char *path, char *buffer, size_t size)
{
    FILE *in = fopen(path, "r");
    assert_non_null(in);
    size_t got = fread(buffer, 1, size - 1, in);
    buffer[got] = '\0';
    fclose(in);
}

static void commit_replaces_the_target(void **state)
{
    (void)state;
    char path[512], content[64];
    snprintf(path, sizeof path, "%s/out.csv", directory);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    assert_int_equal(locnet_output_open(&output, path, &diagnostics), LOCNET_OK);
    fputs("new", output.stream);
    assert_int_equal(access(path, F_OK), -1);  /* nothing at the target until the commit */
    assert_int_equal(locnet_output_commit(&output, &diagnostics), LOCNET_OK);
    read_file(path, content, sizeof content);
    assert_string_equal(content, "new");
    assert_int_equal(count_entries(), 1);
    locnet_diagnostics_destroy(&diagnostics);
}

static void abort_leaves_the_old_file_alone(void **state)
{
    (void)state;
    char path[512], content[64];
    snprintf(path, sizeof path, "%s/keep.csv", directory);
    FILE *old = fopen(path, "w");
    fputs("old", old);
    fclose(old);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    assert_int_equal(locnet_output_open(&output, path, &diagnostics), LOCNET_OK);
    fputs("half-written", output.stream);
    locnet_output_abort(&output);
    read_file(path, content, sizeof content);
    assert_string_equal(content, "old");
    assert_int_equal(count_entries(), 1);
    locnet_diagnostics_destroy(&diagnostics);
}

static void missing_folder_cannot_be_created(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/no/such/folder/out.csv", directory);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    assert_int_equal(locnet_output_open(&output, path, &diagnostics), LOCNET_ECREATE);
    assert_int_equal(diagnostics.count, 1);
    assert_non_null(strstr(diagnostics.items[0].text, "cannot create: No such file or directory"));
    assert_int_equal(count_entries(), 0);
    locnet_diagnostics_destroy(&diagnostics);
}

static void full_device_is_a_write_failure(void **state)
{
    (void)state;
    if (access("/dev/full", W_OK) != 0) {
        print_message("/dev/full is not writable here; the CLI test covers -o /dev/full\n");
        return;
    }
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    assert_int_equal(locnet_output_open(&output, "/dev/full", &diagnostics), LOCNET_OK);
    for (int i = 0; i < 10000; i++)
        fputs("0123456789", output.stream);
    assert_int_equal(locnet_output_commit(&output, &diagnostics), LOCNET_EWRITE);
    assert_non_null(strstr(diagnostics.items[0].text, "write failure"));
    locnet_diagnostics_destroy(&diagnostics);
}

static void write_file(const char *path, const char *text)
{
    FILE *out = fopen(path, "w");
    assert_non_null(out);
    fputs(text, out);
    fclose(out);
}

/* Opens path, writes text and commits; LOCNET_OK expected. */
static void write_through(const char *path, const char *text)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    assert_int_equal(locnet_output_open(&output, path, &diagnostics), LOCNET_OK);
    fputs(text, output.stream);
    assert_int_equal(locnet_output_commit(&output, &diagnostics), LOCNET_OK);
    assert_int_equal(diagnostics.count, 0);
    locnet_diagnostics_destroy(&diagnostics);
}

static void a_replaced_file_keeps_its_permissions(void **state)
{
    (void)state;
    char path[512];
    struct stat info;
    for (int i = 0; i < 2; i++) {
        mode_t mode = i == 0 ? 0600 : 0640;
        snprintf(path, sizeof path, "%s/private-%d.csv", directory, i);
        write_file(path, "old");
        assert_int_equal(chmod(path, mode), 0);
        write_through(path, "new");
        assert_int_equal(stat(path, &info), 0);
        assert_int_equal(info.st_mode & 07777, mode);
    }
    /* a new file gets 0666 less the umask */
    mode_t mask = umask(022);
    snprintf(path, sizeof path, "%s/fresh.csv", directory);
    write_through(path, "new");
    umask(mask);
    assert_int_equal(stat(path, &info), 0);
    assert_int_equal(info.st_mode & 07777, 0644);
}

static void a_symbolic_link_is_written_through(void **state)
{
    (void)state;
    char target[512], link[512], second[512], dangling[512], content[64];
    snprintf(target, sizeof target, "%s/target.csv", directory);
    snprintf(link, sizeof link, "%s/link.csv", directory);
    snprintf(second, sizeof second, "%s/link-to-link.csv", directory);
    snprintf(dangling, sizeof dangling, "%s/dangling.csv", directory);
    write_file(target, "old");
    assert_int_equal(symlink("target.csv", link), 0);      /* relative to its folder */
    assert_int_equal(symlink(link, second), 0);            /* absolute, to a link */
    assert_int_equal(symlink("later.csv", dangling), 0);   /* to a file not made yet */
    write_through(second, "new");
    struct stat info;
    assert_int_equal(lstat(link, &info), 0);
    assert_true(S_ISLNK(info.st_mode));
    assert_int_equal(lstat(second, &info), 0);
    assert_true(S_ISLNK(info.st_mode));
    read_file(target, content, sizeof content);
    assert_string_equal(content, "new");
    write_through(dangling, "made");
    assert_int_equal(lstat(dangling, &info), 0);
    assert_true(S_ISLNK(info.st_mode));
    snprintf(target, sizeof target, "%s/later.csv", directory);
    read_file(target, content, sizeof content);
    assert_string_equal(content, "made");
    assert_int_equal(count_entries(), 5);  /* no temporary file left */
}

static void names_near_name_max_work(void **state)
{
    (void)state;
    char name[NAME_MAX + 1], path[1024], content[64];
    memset(name, 'n', NAME_MAX);
    name[NAME_MAX] = '\0';
    snprintf(path, sizeof path, "%s/%s", directory, name);
    write_through(path, "long");
    read_file(path, content, sizeof content);
    assert_string_equal(content, "long");
    /* two-byte characters: the temporary name is cut between them, never inside one */
    size_t at = 0;
    while (at + 2 <= NAME_MAX - 1) {
        name[at++] = '\xC3';
        name[at++] = '\xA9';
    }
    name[at] = '\0';
    snprintf(path, sizeof path, "%s/%s", directory, name);
    write_through(path, "accents");
    read_file(path, content, sizeof content);
    assert_string_equal(content, "accents");
}

static void an_empty_name_is_a_usage_error(void **state)
{
    (void)state;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    assert_int_equal(locnet_output_open(&output, "", &diagnostics), LOCNET_EUSAGE);
    assert_int_equal(diagnostics.count, 1);
    locnet_output_abort(&output);
    locnet_diagnostics_destroy(&diagnostics);
}

static void same_outputs_are_recognised(void **state)
{
    (void)state;
    char a[512], b[512], link[512];
    snprintf(a, sizeof a, "%s/a.csv", directory);
    snprintf(b, sizeof b, "%s/./a.csv", directory);
    snprintf(link, sizeof link, "%s/link.csv", directory);
    assert_true(locnet_output_same(a, a));
    assert_true(locnet_output_same(a, b));                /* neither exists yet */
    assert_int_equal(symlink("a.csv", link), 0);
    assert_true(locnet_output_same(a, link));             /* a link to a file not made */
    write_file(a, "x");
    assert_true(locnet_output_same(link, b));             /* the same file */
    snprintf(b, sizeof b, "%s/b.csv", directory);
    assert_false(locnet_output_same(a, b));
    assert_false(locnet_output_same(a, NULL));
    assert_true(locnet_output_same("-", "-"));
}

/* In a child: opens path, writes, and sends itself signal_number; exits 0 if it survives. */
static void child_interrupted(const char *path, int signal_number)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    if (locnet_output_open(&output, path, &diagnostics) != LOCNET_OK)
        _exit(3);
    fputs("half-written", output.stream);
    fflush(output.stream);
    raise(signal_number);
    _exit(locnet_output_commit(&output, &diagnostics) == LOCNET_OK ? 0 : 4);
}

static void a_signal_removes_the_temporary_file(void **state)
{
    (void)state;
    char path[512], content[64];
    snprintf(path, sizeof path, "%s/keep.csv", directory);
    write_file(path, "old");
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (int i = 0; i < 3; i++) {
        fflush(NULL);
        pid_t child = fork();
        assert_true(child >= 0);
        if (child == 0)
            child_interrupted(path, signals[i]);
        int status;
        assert_int_equal(waitpid(child, &status, 0), child);
        assert_true(WIFSIGNALED(status));                 /* the shell says 128 + N */
        assert_int_equal(WTERMSIG(status), signals[i]);
        assert_int_equal(count_entries(), 1);             /* no OUT.tmp-XXXXXX */
        read_file(path, content, sizeof content);
        assert_string_equal(content, "old");
    }
    /* a signal ignored before (nohup) stays ignored: the output is finished */
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        signal(SIGHUP, SIG_IGN);
        child_interrupted(path, SIGHUP);
    }
    int status;
    assert_int_equal(waitpid(child, &status, 0), child);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    read_file(path, content, sizeof content);
    assert_string_equal(content, "half-written");
}

static void handlers_are_restored_after_the_output(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/out.csv", directory);
    struct sigaction before, during, after;
    sigaction(SIGTERM, NULL, &before);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_output_t output;
    assert_int_equal(locnet_output_open(&output, path, &diagnostics), LOCNET_OK);
    sigaction(SIGTERM, NULL, &during);
    assert_ptr_not_equal(during.sa_handler, before.sa_handler);
    locnet_output_abort(&output);
    sigaction(SIGTERM, NULL, &after);
    assert_ptr_equal(after.sa_handler, before.sa_handler);
    locnet_diagnostics_destroy(&diagnostics);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(commit_replaces_the_target, make_directory, remove_directory),
        cmocka_unit_test_setup_teardown(abort_leaves_the_old_file_alone, make_directory, remove_directory),
        cmocka_unit_test_setup_teardown(missing_folder_cannot_be_created, make_directory, remove_directory),
        cmocka_unit_test(full_device_is_a_write_failure),
        cmocka_unit_test_setup_teardown(a_replaced_file_keeps_its_permissions, make_directory,
                                        remove_directory),
        cmocka_unit_test_setup_teardown(a_symbolic_link_is_written_through, make_directory,
                                        remove_directory),
        cmocka_unit_test_setup_teardown(names_near_name_max_work, make_directory,
                                        remove_directory),
        cmocka_unit_test(an_empty_name_is_a_usage_error),
        cmocka_unit_test_setup_teardown(same_outputs_are_recognised, make_directory,
                                        remove_directory),
        cmocka_unit_test_setup_teardown(a_signal_removes_the_temporary_file, make_directory,
                                        remove_directory),
        cmocka_unit_test_setup_teardown(handlers_are_restored_after_the_output, make_directory,
                                        remove_directory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
