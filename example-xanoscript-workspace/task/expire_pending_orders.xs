task expire_pending_orders {
  description = "Cancels orders left unpaid for two days"
  active = true

  stack {
    db.query order {
      where = $db.order.status == "pending" && $db.order.created_at < (now|transform_timestamp:"-2 days")
      return = {type: "list"}
    } as $stale
  
    foreach ($stale) {
      each as $order {
        db.edit order {
          field_name = "id"
          field_value = $order.id
          data = {status: "cancelled"}
        }
      }
    }
  }

  schedule = [{starts_on: 2026-01-01 02:00:00+0000, freq: 3600}]
  guid = "tsk-expire-pending-orders-8d6c"
}