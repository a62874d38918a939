table_trigger audit_product {
  table = "product"
  actions = {insert: true, update: true, delete: true, truncate: false}
  datasources = ["live"]
  active = true
  description = "Logs every change of a product"
  tags = ["audit"]

  input {
    json new
    json old
    enum action {
      values = ["insert", "update", "delete", "truncate"]
    }
  
    text datasource
  }

  stack {
    db.add audit_log {
      data = {
        table_name: "product"
        action    : $input.action
        old_data  : $input.old
        new_data  : $input.new
        created_at: now
      }
    }
  }

  history = 100
}