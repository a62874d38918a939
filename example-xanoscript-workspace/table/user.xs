table user {
  auth = true
  description = "Shop customers and staff who can sign in"

  schema {
    int id
    timestamp created_at?=now
    email email filters=trim|lower {
      sensitive = true
    }
  
    password password {
      sensitive = true
    }
  
    text name?
    enum role?="customer" {
      values = ["customer", "admin"]
    }
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email", op: "asc"}]}
  ]

  guid = "tbl-user-3e9b"
}