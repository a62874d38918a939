task weekly_sales_report {
  description = "Posts last week's sales to the team chat"
  active = false

  stack {
    db.query order {
      where = $db.order.status == "paid" && $db.order.created_at > (now|transform_timestamp:"-7 days")
      return = {type: "count"}
    } as $orders
  
    api.request {
      url = "https://chat.example.com/hooks/sales"
      method = "POST"
      params = {text: $orders}
    } as $posted
  }

  schedule = [{starts_on: 2026-01-05 07:00:00+0000, freq: 604800}]
  guid = "tsk-weekly-sales-report-3b71"
}