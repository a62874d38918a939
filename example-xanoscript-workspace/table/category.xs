table category {
  auth = false
  description = "Product categories shown in the shop's menu"

  schema {
    int id
    text name filters=trim
    text slug filters=trim|lower
    text? description?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "slug", op: "asc"}]}
  ]

  guid = "tbl-category-5d21"
}