namespace XanoLink.XanoScript.Model;

/// <summary>
/// The constructs and statements of the XanoScript reference, and how a statement's first line maps to step
/// properties. A keyword missing here is kept as written (warning XL1120/XL1121).
/// </summary>
internal static class XsCatalog
{
    /// <summary>Top-level constructs, one per document.</summary>
    public static IReadOnlySet<string> Constructs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "table", "query", "api_group", "function", "task", "addon", "middleware", "table_trigger", "agent",
        "agent_trigger", "tool", "mcp_server", "mcp_server_trigger", "workflow_test", "realtime_channel",
        "realtime_trigger", "workspace", "workspace_trigger", "branch", "error_trigger", "run.job", "run.service",
    };

    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal)
    {
        // control flow and variables
        "var", "var.update", "conditional", "if", "elseif", "else", "foreach", "for", "while", "each", "switch",
        "case", "default", "try_catch", "try", "catch", "finally", "precondition", "return", "throw", "group", "stack",
        "await", "remove", "continue", "break", "test",

        // calls
        "function.run", "function.call", "addon.call", "task.call", "tool.call", "middleware.call", "trigger.call",
        "action.call", "api.call",

        // database
        "db.query", "db.get", "db.has", "db.add", "db.edit", "db.patch", "db.add_or_edit", "db.del", "db.truncate",
        "db.direct_query", "db.transaction", "db.schema", "db.set_datasource", "db.bulk.add", "db.bulk.update",
        "db.bulk.patch", "db.bulk.delete", "db.external.postgres.direct_query", "db.external.mysql.direct_query",
        "db.external.mssql.direct_query", "db.external.oracle.direct_query",

        // APIs, streams, realtime
        "api.request", "api.lambda", "api.stream", "api.realtime_event", "webflow.request", "stream.from_csv",
        "stream.from_jsonl", "stream.from_request",

        // utilities
        "util.send_email", "util.set_header", "util.template_engine", "util.sleep", "util.ip_lookup", "util.get_input",
        "util.get_env", "util.get_all_input", "util.get_raw_input", "util.get_vars", "util.geo_distance",
        "util.post_process", "debug.log", "debug.stop",

        // security
        "security.create_uuid", "security.create_auth_token", "security.check_password", "security.create_password",
        "security.encrypt", "security.decrypt", "security.jws_encode", "security.jws_decode", "security.jwe_encode",
        "security.jwe_decode", "security.random_number", "security.random_bytes", "security.create_secret_key",
        "security.create_rsa_key", "security.create_curve_key",

        // storage
        "storage.create_attachment", "storage.create_file_resource", "storage.create_image", "storage.create_audio",
        "storage.create_video", "storage.delete_file", "storage.read_file_resource", "storage.sign_private_url",
        "storage.append_file",

        // redis
        "redis.set", "redis.get", "redis.has", "redis.del", "redis.incr", "redis.decr", "redis.keys", "redis.count",
        "redis.push", "redis.pop", "redis.shift", "redis.unshift", "redis.range", "redis.remove", "redis.ratelimit",

        // cloud
        "cloud.aws.s3.upload_file", "cloud.aws.s3.sign_url", "cloud.aws.s3.read_file", "cloud.aws.s3.list_directory",
        "cloud.aws.s3.get_file_info", "cloud.aws.s3.delete_file", "cloud.azure.storage.upload_file",
        "cloud.azure.storage.sign_url", "cloud.azure.storage.read_file", "cloud.azure.storage.list_directory",
        "cloud.azure.storage.get_file_info", "cloud.azure.storage.delete_file", "cloud.google.storage.upload_file",
        "cloud.google.storage.sign_url", "cloud.google.storage.read_file", "cloud.google.storage.list_directory",
        "cloud.google.storage.get_file_info", "cloud.google.storage.delete_file", "cloud.elasticsearch.document",
        "cloud.elasticsearch.query", "cloud.elasticsearch.request", "cloud.elasticsearch.bulk",
        "cloud.aws.opensearch.document", "cloud.aws.opensearch.query", "cloud.aws.opensearch.request",
        "cloud.algolia.request", "cloud.algolia.search", "cloud.algolia.save_object", "cloud.algolia.save_objects",
        "cloud.algolia.delete_object", "cloud.algolia.set_settings",

        // AI
        "ai.agent.run", "ai.external.mcp.tool.list", "ai.external.mcp.tool.run", "ai.external.mcp.server_details",

        // arrays, text, objects, math, archives
        "array.push", "array.unshift", "array.pop", "array.shift", "array.merge", "array.find", "array.find_index",
        "array.has", "array.every", "array.filter", "array.filter_count", "array.map", "array.partition",
        "array.group_by", "array.union", "array.difference", "array.intersection", "text.starts_with",
        "text.istarts_with", "text.ends_with", "text.iends_with", "text.contains", "text.icontains", "text.trim",
        "text.ltrim", "text.rtrim", "text.append", "text.prepend", "object.keys", "object.values", "object.entries",
        "math.add", "math.sub", "math.mul", "math.div", "math.mod", "math.bitwise.and", "math.bitwise.or",
        "math.bitwise.xor", "zip.create_archive", "zip.add_to_archive", "zip.delete_from_archive", "zip.extract",
        "zip.view_contents",

        // assertions (unit tests and workflow tests)
        "expect.to_equal", "expect.to_not_equal", "expect.to_be_true", "expect.to_be_false", "expect.to_be_null",
        "expect.to_not_be_null", "expect.to_be_defined", "expect.to_not_be_defined", "expect.to_be_empty",
        "expect.to_be_greater_than", "expect.to_be_less_than", "expect.to_be_within", "expect.to_contain",
        "expect.to_start_with", "expect.to_end_with", "expect.to_match", "expect.to_throw", "expect.to_be_in_the_past",
        "expect.to_be_in_the_future",
    };

    public static bool IsStatement(string keyword) => Statements.Contains(keyword);

    public static IReadOnlySet<string> AllStatements => Statements;

    /// <summary>The step op of a statement: the JSON format's op where the meaning is the same, else the keyword.</summary>
    public static string Op(string keyword) => keyword switch
    {
        "var" => "var.create",
        "db.del" => "db.delete",
        _ => keyword,
    };

    /// <summary>The statement keyword of a step op (the inverse of <see cref="Op"/>).</summary>
    public static string Keyword(string op) => op switch
    {
        "var.create" => "var",
        "db.delete" => "db.del",
        _ => op,
    };

    /// <summary>
    /// The property a statement's name goes to (<c>db.query user</c> -> table, <c>function.run "f"</c> -> function),
    /// or null for a statement that takes no name.
    /// </summary>
    public static string? NameKey(string op) => op switch
    {
        "function.run" or "function.call" => "function",
        "addon.call" => "addon",
        "test" => "name",
        "db.query" or "db.get" or "db.has" or "db.add" or "db.edit" or "db.patch" or "db.add_or_edit" or "db.delete" or "db.truncate"
            or "db.bulk.add" or "db.bulk.update" or "db.bulk.patch" or "db.bulk.delete" => "table",
        "api.call" or "task.call" or "tool.call" or "middleware.call" or "trigger.call" or "action.call" or "ai.agent.run" => "target",
        _ => null,
    };

    /// <summary>
    /// The property a statement's <c>$variable</c> goes to (<c>var $x</c> -> as, <c>var.update $x</c> -> var), or
    /// null for a statement that takes none.
    /// </summary>
    public static string? VariableKey(string op) => op switch
    {
        "var.create" => "as",
        "var.update" or "await" or "array.push" or "array.unshift" or "array.pop" or "array.shift" or "array.merge"
            or "array.find" or "array.find_index" or "array.has" or "array.every" or "array.filter" or "array.filter_count" => "var",
        _ when op.StartsWith("math.", StringComparison.Ordinal) || op.StartsWith("text.", StringComparison.Ordinal) => "var",
        _ => null,
    };

    /// <summary>The property a statement's <c>( ... )</c> goes to, or null for a statement that takes none.</summary>
    public static string? ParenKey(string op) => op switch
    {
        "if" or "elseif" or "precondition" or "while" => "if",
        "foreach" => "list",
        "for" => "count",
        "switch" or "case" => "value",
        "array.map" or "array.partition" or "array.group_by" or "array.union" or "array.difference" or "array.intersection" or "array.find"
            or "array.find_index" or "array.has" or "array.every" or "array.filter" or "array.filter_count" => "arg",
        _ when op.StartsWith("expect.", StringComparison.Ordinal) => "arg",
        _ => null,
    };

    /// <summary>Statements with <c>if (...)</c> after their variable: <c>array.filter $list if ($this &gt; 2) as $big</c>.</summary>
    public static bool TakesIf(string op) => op is "array.find" or "array.find_index" or "array.has" or "array.every" or "array.filter" or "array.filter_count" or "array.partition";

    /// <summary>Loops whose single <c>each</c> block is folded into the step: its <c>as</c> and its statements.</summary>
    public static bool IsLoop(string op) => op is "foreach" or "for" or "while";
}
