table coupon {
  auth = false
  description = "Discount codes customers enter at checkout"

  schema {
    int id
    text code filters=trim|upper
    decimal percent_off filters=min:0|max:100
    timestamp? valid_until?
    bool active?=true
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "code", op: "asc"}]}
  ]

  guid = "tbl-coupon-a41c"
}