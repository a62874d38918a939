namespace XanoLink.Model;

/// <summary>The kinds of workspace object. The order is the order kinds are listed in reports.</summary>
public enum ItemKind
{
    Table,
    ApiGroup,
    Api,
    Function,
    Addon,
    Task,
    Trigger,
    Middleware,
    Agent,
    AgentTrigger,
    Tool,
    McpServer,
    McpServerTrigger,
    WorkflowTest,
    RealtimeChannel,
    RealtimeTrigger,
    WorkspaceTrigger,
    Job,
    Service,
}
