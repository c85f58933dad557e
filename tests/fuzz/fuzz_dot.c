/* tests/fuzz/fuzz_dot.c: libFuzzer target for the DOT writer, fed networks whose ids, names,
 * countries, levels and themes are arbitrary UTF-8 taken from the input. With Graphviz's
 * library, every DOT written must parse in Graphviz with one node per locality. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "graph/components.h"
#include "graph/list_codec.h"
#include "graph/network_builder.h"
#include "io/dot/dot_writer.h"
#include "tests/fuzz/support.h"

#ifdef LOCNET_HAVE_GVC
#include <graphviz/cgraph.h>
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The next NUL-separated field of the input, as valid UTF-8 (invalid bytes become '?'). */
static char *next_field(const uint8_t **at, const uint8_t *end)
{
    const uint8_t *start = *at, *stop = memchr(start, 0, (size_t)(end - start));
    if (stop == NULL)
        stop = end;
    size_t length = (size_t)(stop - start);
    char *field = malloc(length + 1);
    if (field == NULL)
        return NULL;
    for (size_t i = 0; i < length;) {
        utf8proc_int32_t codepoint;
        utf8proc_ssize_t width = utf8proc_iterate(start + i, (utf8proc_ssize_t)(length - i), &codepoint);
        if (width <= 0 || codepoint == 0) {
            field[i++] = '?';
            continue;
        }
        memcpy(field + i, start + i, (size_t)width);
        i += (size_t)width;
    }
    field[length] = '\0';
    *at = stop < end ? stop + 1 : end;
    return field;
}

static void build(const uint8_t *data, size_t size, locnet_network_builder_t *builder)
{
    const uint8_t *at = data, *end = data + size;
    igraph_integer_t previous = -1;
    for (int record = 0; at < end && record < 64; record++) {
        char *id = next_field(&at, end), *name = next_field(&at, end), *level = next_field(&at, end);
        if (id != NULL && name != NULL && level != NULL && id[0] != '\0' && name[0] != '\0') {
            locnet_locality_fields_t fields;
            locnet_locality_fields_clear(&fields);
            fields.text[LOCNET_VT_ID] = id;
            fields.text[LOCNET_VT_NAME] = name;
            fields.text[LOCNET_VT_COUNTRY] = record % 3 == 0 ? "VN" : record % 3 == 1 ? "FR" : level;
            fields.text[LOCNET_VT_LEVEL] = level;
            if (previous >= 0 && record % 2 == 1)
                fields.text[LOCNET_VT_PARENT] = locnet_builder_locality_id(builder, previous);
            igraph_integer_t vertex;
            if (locnet_builder_add_locality(builder, &fields, &vertex, NULL) == LOCNET_OK) {
                if (previous >= 0) {
                    locnet_list_t themes;
                    char *encoded = NULL;
                    locnet_list_init(&themes);
                    locnet_list_append(&themes, name);
                    locnet_list_encode(&themes, &encoded);
                    locnet_partnership_fields_t partnership;
                    locnet_partnership_fields_clear(&partnership);
                    partnership.text[LOCNET_ET_KIND] = record % 4 == 0 ? "cochair" : level;
                    partnership.text[LOCNET_ET_THEMES] = encoded;
                    partnership.number[LOCNET_EN_SINCE] = 1989 + record;
                    locnet_builder_add_partnership(builder, previous, vertex, &partnership, NULL);
                    free(encoded);
                    locnet_list_destroy(&themes);
                }
                previous = vertex;
            }
        }
        free(id);
        free(name);
        free(level);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_initialise();
    if (size < 1)
        return 0;
    uint8_t flags = data[0];
    locnet_network_builder_t builder;
    locnet_network_t net;
    if (locnet_builder_init(&builder) != LOCNET_OK)
        return 0;
    build(data + 1, size - 1, &builder);
    if (locnet_builder_finish(&builder, &net) != LOCNET_OK) {
        locnet_builder_destroy(&builder);
        return 0;
    }
    locnet_builder_destroy(&builder);

    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    style.cluster = (locnet_dot_cluster_t)(flags & 3);
    style.edge_label = (locnet_dot_edge_label_t)((flags >> 2) % 3);
    style.columns = flags & 16;
    style.legend = flags & 32;
    locnet_components_t components;  /* the writer draws component clusters, never finds them */
    bool have_components = style.cluster == LOCNET_DOT_CLUSTER_COMPONENT &&
                           locnet_components_compute(&net, &components) == LOCNET_OK;
    if (have_components) {
        style.components = &components.membership;
        style.component_count = components.count;
    } else if (style.cluster == LOCNET_DOT_CLUSTER_COMPONENT) {
        style.cluster = LOCNET_DOT_CLUSTER_NONE;
    }
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    bool written = out != NULL && locnet_dot_write(&net, &style, out) == LOCNET_OK;
    if (out != NULL && fclose(out) != 0)
        written = false;
    if (written) {
#ifdef LOCNET_HAVE_GVC
        Agraph_t *graph = agmemread(text);
        if (graph == NULL || agnnodes(graph) != locnet_locality_count(&net)) {
            fprintf(stderr, "Graphviz read %d nodes of %lld from:\n%s\n",
                    graph ? agnnodes(graph) : -1, (long long)locnet_locality_count(&net), text);
            abort();
        }
        agclose(graph);
#endif
    }
    free(text);
    if (have_components)
        locnet_components_destroy(&components);
    locnet_network_destroy(&net);
    return 0;
}
