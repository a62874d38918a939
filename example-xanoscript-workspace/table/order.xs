table order {
  auth = false
  description = "A customer's checkout"

  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }
  
    enum status?="pending" {
      values = ["pending", "paid", "shipped", "cancelled"]
    }
  
    int? coupon_id? {
      table = "coupon"
    }
  
    decimal total?
    object shipping_address? {
      schema {
        text street?
        text city?
        text zip?
        text country? {
          description = "ISO 3166 alpha-2 code"
        }
      }
    }
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
    {type: "btree", field: [{name: "status", op: "asc"}]}
  ]

  guid = "tbl-order-1b88"
}