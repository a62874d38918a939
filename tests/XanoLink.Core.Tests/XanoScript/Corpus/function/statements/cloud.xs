function "statements/cloud" {
  input {
    file? file?
  }

  stack {
    cloud.aws.s3.upload_file {
      bucket = "shop-files"
      region = "us-east-1"
      key = $env.AWS_KEY
      secret = $env.AWS_SECRET
      file_key = "uploads/report.csv"
      file = $input.file
    } as $aws_upload_file
  
    cloud.aws.s3.sign_url {
      bucket = "shop-files"
      region = "us-east-1"
      key = $env.AWS_KEY
      secret = $env.AWS_SECRET
      file_key = "uploads/report.csv"
      ttl = 300
    } as $aws_sign_url
  
    cloud.aws.s3.read_file {
      bucket = "shop-files"
      region = "us-east-1"
      key = $env.AWS_KEY
      secret = $env.AWS_SECRET
      file_key = "uploads/report.csv"
    } as $aws_read_file
  
    cloud.aws.s3.list_directory {
      bucket = "shop-files"
      region = "us-east-1"
      key = $env.AWS_KEY
      secret = $env.AWS_SECRET
      prefix = "uploads/"
    } as $aws_list_directory
  
    cloud.aws.s3.get_file_info {
      bucket = "shop-files"
      region = "us-east-1"
      key = $env.AWS_KEY
      secret = $env.AWS_SECRET
      file_key = "uploads/report.csv"
    } as $aws_get_file_info
  
    cloud.aws.s3.delete_file {
      bucket = "shop-files"
      region = "us-east-1"
      key = $env.AWS_KEY
      secret = $env.AWS_SECRET
      file_key = "uploads/old.csv"
    }
  
    cloud.azure.storage.upload_file {
      account_name = "shopfiles"
      account_key = $env.AZURE_KEY
      container_name = "files"
      file_key = "uploads/report.csv"
      file = $input.file
    } as $azure_upload_file
  
    cloud.azure.storage.sign_url {
      account_name = "shopfiles"
      account_key = $env.AZURE_KEY
      container_name = "files"
      file_key = "uploads/report.csv"
      ttl = 300
    } as $azure_sign_url
  
    cloud.azure.storage.read_file {
      account_name = "shopfiles"
      account_key = $env.AZURE_KEY
      container_name = "files"
      file_key = "uploads/report.csv"
    } as $azure_read_file
  
    cloud.azure.storage.list_directory {
      account_name = "shopfiles"
      account_key = $env.AZURE_KEY
      container_name = "files"
      prefix = "uploads/"
    } as $azure_list_directory
  
    cloud.azure.storage.get_file_info {
      account_name = "shopfiles"
      account_key = $env.AZURE_KEY
      container_name = "files"
      file_key = "uploads/report.csv"
    } as $azure_get_file_info
  
    cloud.azure.storage.delete_file {
      account_name = "shopfiles"
      account_key = $env.AZURE_KEY
      container_name = "files"
      file_key = "uploads/old.csv"
    }
  
    cloud.google.storage.upload_file {
      service_account = $env.GCP_ACCOUNT
      bucket = "shop-files"
      file_key = "uploads/report.csv"
      file = $input.file
    } as $google_upload_file
  
    cloud.google.storage.sign_url {
      service_account = $env.GCP_ACCOUNT
      bucket = "shop-files"
      file_key = "uploads/report.csv"
      ttl = 300
    } as $google_sign_url
  
    cloud.google.storage.read_file {
      service_account = $env.GCP_ACCOUNT
      bucket = "shop-files"
      file_key = "uploads/report.csv"
    } as $google_read_file
  
    cloud.google.storage.list_directory {
      service_account = $env.GCP_ACCOUNT
      bucket = "shop-files"
      prefix = "uploads/"
    } as $google_list_directory
  
    cloud.google.storage.get_file_info {
      service_account = $env.GCP_ACCOUNT
      bucket = "shop-files"
      file_key = "uploads/report.csv"
    } as $google_get_file_info
  
    cloud.google.storage.delete_file {
      service_account = $env.GCP_ACCOUNT
      bucket = "shop-files"
      file_key = "uploads/old.csv"
    }
  
    cloud.elasticsearch.document {
      auth_type = "api_key"
      key_id = $env.ES_KEY_ID
      access_key = $env.ES_KEY
      base_url = "https://search.example.com"
      index = "products"
      method = "GET"
      doc_id = "1"
    } as $es_document
  
    cloud.elasticsearch.query {
      auth_type = "api_key"
      key_id = $env.ES_KEY_ID
      access_key = $env.ES_KEY
      base_url = "https://search.example.com"
      index = "products"
      payload = {query: {match_all: {}}}
      size = 10
    } as $es_query
  
    cloud.elasticsearch.request {
      auth_type = "api_key"
      key_id = $env.ES_KEY_ID
      access_key = $env.ES_KEY
      base_url = "https://search.example.com"
      method = "GET"
      path = "/_cat/indices"
    } as $es_request
  
    cloud.elasticsearch.bulk {
      auth_type = "api_key"
      key_id = $env.ES_KEY_ID
      access_key = $env.ES_KEY
      base_url = "https://search.example.com"
      index = "products"
      operations = []
    } as $es_bulk
  
    cloud.aws.opensearch.document {
      region = "us-east-1"
      access_key = $env.AWS_KEY
      secret_key = $env.AWS_SECRET
      base_url = "https://search.example.com"
      index = "products"
      method = "GET"
      doc_id = "1"
    } as $os_document
  
    cloud.aws.opensearch.query {
      region = "us-east-1"
      access_key = $env.AWS_KEY
      secret_key = $env.AWS_SECRET
      base_url = "https://search.example.com"
      index = "products"
      payload = {size: 5}
    } as $os_query
  
    cloud.aws.opensearch.request {
      region = "us-east-1"
      access_key = $env.AWS_KEY
      secret_key = $env.AWS_SECRET
      base_url = "https://search.example.com"
      method = "GET"
      path = "/"
    } as $os_request
  
    cloud.algolia.request {
      application_id = $env.ALGOLIA_APP
      api_key = $env.ALGOLIA_KEY
      method = "GET"
      path = "/1/indexes"
    } as $algolia_request
  
    cloud.algolia.search {
      application_id = $env.ALGOLIA_APP
      api_key = $env.ALGOLIA_KEY
      index = "products"
      query = "phone"
    } as $algolia_search
  
    cloud.algolia.save_object {
      application_id = $env.ALGOLIA_APP
      api_key = $env.ALGOLIA_KEY
      index = "products"
      object = {objectID: "1"}
    } as $algolia_saved
  
    cloud.algolia.save_objects {
      application_id = $env.ALGOLIA_APP
      api_key = $env.ALGOLIA_KEY
      index = "products"
      objects = []
    } as $algolia_saved_many
  
    cloud.algolia.delete_object {
      application_id = $env.ALGOLIA_APP
      api_key = $env.ALGOLIA_KEY
      index = "products"
      object_id = "1"
    }
  
    cloud.algolia.set_settings {
      application_id = $env.ALGOLIA_APP
      api_key = $env.ALGOLIA_KEY
      index = "products"
      settings = {searchableAttributes: ["name"]}
    }
  }

  response = null
}