table_trigger low_stock_alert {
  table = "product"
  actions = {insert: false, update: true, delete: false, truncate: false}
  datasources = ["live"]
  active = true
  description = "Tells the warehouse when a live product runs low"

  input {
    json new
    json old
    enum action {
      values = ["insert", "update", "delete", "truncate"]
    }
  
    text datasource
  }

  stack {
    conditional {
      if ($input.new.stock < 5 && $input.old.stock >= 5) {
        api.request {
          url = "https://warehouse.example.com/api/low-stock"
          method = "POST"
          params = {product_id: $input.new.id, stock: $input.new.stock}
        } as $notified
      }
    }
  }

  guid = "trg-low-stock-alert-a2d9"
}