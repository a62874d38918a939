table user {
  auth = true
  description = "People who can sign in"

  schema {
    int id
    timestamp created_at?=now
    email email filters=trim|lower
    password password {
      sensitive = true
    }
  
    text first_name?
    text last_name?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email", op: "asc"}]}
  ]

  guid = "tbl-user-TABLE_GUID"
}