# exit 65
# GraphML that locnet cannot read as one network of localities is refused where it is written, not passed over: a graph nested in a node or an edge, a hyperedge, a second graph (ports are passed over); keys given one id twice, an unknown for or attr.type, a key without an id, data without a key, of an undeclared key, of a key for other elements, or given twice; two nodes with one id, an edge end that is no node's id (when nodes carry locality ids of their own); a value that is not of its key's type; an undefined entity
locnet validate bad/graphml_structure.graphml
locnet validate bad/graphml_keys.graphml
locnet validate bad/graphml_ids.graphml
locnet validate bad/graphml_values.graphml
locnet validate bad/graphml_source_keys.graphml
locnet validate bad/graphml_entity.graphml
