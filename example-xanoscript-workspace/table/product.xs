// Records: product.records.jsonl beside this file (XanoLink's records format; Xano's files carry no rows)
table product {
  auth = false
  description = "Items for sale"

  schema {
    int id
    timestamp created_at?=now
    text name filters=trim
    text slug?
    text? description?
    decimal price filters=min:0
    int category_id? {
      table = "category"
    }
  
    enum status?="draft" {
      values = ["draft", "live", "archived"]
    }
  
    int stock?=0 filters=min:0
    text[]? tags?
    image? image?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "category_id", op: "asc"}]}
    {
      name : "product_search"
      lang : "english"
      type : "search"
      field: [{name: "name", op: "A"}, {name: "description", op: "B"}]
    }
  ]

  guid = "tbl-product-7f3a"
}