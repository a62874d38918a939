function "statements/database" {
  input {
    int user_id
    json[] rows?
  }

  stack {
    db.set_datasource {
      name = "analytics"
    }
  
    db.schema {
      table = "user"
    } as $schema
  
    db.direct_query {
      sql = "SELECT * FROM users WHERE id = ?"
      arg = [$input.user_id]
      response_type = "list"
    } as $raw
  
    db.external.postgres.direct_query {
      connection_string = $env.PG_URL
      sql = "SELECT 1"
      arg = []
      response_type = "single"
    } as $pg
  
    db.external.mysql.direct_query {
      connection_string = $env.MYSQL_URL
      sql = "SELECT 1"
      response_type = "single"
    } as $mysql
  
    db.external.mssql.direct_query {
      connection_string = $env.MSSQL_URL
      sql = "SELECT 1"
      response_type = "single"
    } as $mssql
  
    db.external.oracle.direct_query {
      connection_string = $env.ORACLE_URL
      sql = "SELECT 1 FROM dual"
      response_type = "single"
    } as $oracle
  
    db.transaction {
      isolation = "serializable"
      stack {
        db.bulk.add product {
          data = $input.rows
        } as $inserted
      
        db.bulk.update product {
          where = $db.product.stock == 0
          data = {status: "archived"}
        } as $archived
      
        db.bulk.patch product {
          where = $db.product.status == "draft"
          data = {updated_at: now}
        } as $patched
      
        db.bulk.delete temp_session {
          where = $db.temp_session.expires_at < now
        } as $deleted
      }
    }
  
    db.truncate temp_data {
      reset = true
    }
  
    db.query user as $everyone
  }

  response = {schema: $schema, everyone: $everyone}
}