namespace DynamicContactCenter.Cli.Tests.Explore;

/// <summary>Small flows in the flow language as exports write them (scalars as strings; parameter shapes from
/// /work/shared/reference/flow-language.md §5 and §7), for exploration and coverage tests.</summary>
internal static class ExploreFlows
{
    /// <summary>The English queue of config/instance.yaml (Business Hours, 50 contacts at most, agent alice).</summary>
    public const string EnglishQueueArn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000001";

    /// <summary>A customer lookup through a Lambda function the instance model does not know (a CloudFormation placeholder), a gold
    /// tier check on its answer, a DTMF menu (1 sales: working queue, hours, staffing, queue; 2 support), and the error paths.</summary>
    public static string Menu => """
        {"Version":"2019-10-30","StartAction":"Lookup","Metadata":{"entryPointPosition":{"x":0,"y":0}},"Actions":[
          {"Identifier":"Lookup","Type":"InvokeLambdaFunction","Parameters":{"LambdaFunctionARN":"${LambdaGetCustomer.Arn}","InvocationTimeLimitSeconds":"3","ResponseValidation":{"ResponseType":"STRING_MAP"}},
           "Transitions":{"NextAction":"Check tier","Errors":[{"NextAction":"Menu","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Check tier","Type":"Compare","Parameters":{"ComparisonValue":"$.External.tier"},
           "Transitions":{"NextAction":"Menu","Conditions":[{"NextAction":"Gold","Condition":{"Operator":"Equals","Operands":["gold"]}}],"Errors":[{"NextAction":"Menu","ErrorType":"NoMatchingCondition"}]}},
          {"Identifier":"Gold","Type":"MessageParticipant","Parameters":{"Text":"Welcome back, gold member."},"Transitions":{"NextAction":"Set queue","Errors":[{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Menu","Type":"GetParticipantInput","Parameters":{"Text":"Press 1 for sales or 2 for support.","StoreInput":"False","InputTimeLimitSeconds":"5"},
           "Transitions":{"NextAction":"Sorry","Conditions":[{"NextAction":"Set queue","Condition":{"Operator":"Equals","Operands":["1"]}},{"NextAction":"Support","Condition":{"Operator":"Equals","Operands":["2"]}}],
             "Errors":[{"NextAction":"Goodbye","ErrorType":"InputTimeLimitExceeded"},{"NextAction":"Sorry","ErrorType":"NoMatchingCondition"},{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Set queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"ENGLISH_QUEUE_ARN"},"Transitions":{"NextAction":"Check hours","Errors":[{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Check hours","Type":"CheckHoursOfOperation","Parameters":{},
           "Transitions":{"NextAction":"Sorry","Conditions":[{"NextAction":"Check staffing","Condition":{"Operator":"Equals","Operands":["True"]}},{"NextAction":"Closed","Condition":{"Operator":"Equals","Operands":["False"]}}],"Errors":[{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Check staffing","Type":"CheckMetricData","Parameters":{"MetricType":"NumberOfAgentsAvailable"},
           "Transitions":{"NextAction":"Closed","Conditions":[{"NextAction":"To queue","Condition":{"Operator":"NumberGreaterThan","Operands":["0"]}}],"Errors":[{"NextAction":"Closed","ErrorType":"NoMatchingCondition"},{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"To queue","Type":"TransferContactToQueue","Parameters":{},"Transitions":{"NextAction":"Sorry","Errors":[{"NextAction":"Full","ErrorType":"QueueAtCapacity"},{"NextAction":"Sorry","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Support","Type":"MessageParticipant","Parameters":{"Text":"Support is online at example.com."},"Transitions":{"NextAction":"Hang up","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Closed","Type":"MessageParticipant","Parameters":{"Text":"We are closed."},"Transitions":{"NextAction":"Hang up","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Full","Type":"MessageParticipant","Parameters":{"Text":"All lines are busy."},"Transitions":{"NextAction":"Hang up","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Sorry","Type":"MessageParticipant","Parameters":{"Text":"Sorry, that did not work."},"Transitions":{"NextAction":"Hang up","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Goodbye","Type":"MessageParticipant","Parameters":{"Text":"Goodbye."},"Transitions":{"NextAction":"Hang up","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Hang up","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}
        ]}
        """.Replace("ENGLISH_QUEUE_ARN", EnglishQueueArn, StringComparison.Ordinal);

    /// <summary>A lookup whose answer the flow saves as a contact attribute (reference §7 UpdateContactAttributes), then checks: the
    /// compared attribute comes from the function's answer, not from the caller.</summary>
    public static string SavedTier => """
        {"Version":"2019-10-30","StartAction":"Lookup","Metadata":{"entryPointPosition":{"x":0,"y":0}},"Actions":[
          {"Identifier":"Lookup","Type":"InvokeLambdaFunction","Parameters":{"LambdaFunctionARN":"arn:aws:lambda:us-east-1:999999999999:function:crm-lookup","InvocationTimeLimitSeconds":"3"},
           "Transitions":{"NextAction":"Save tier","Errors":[{"NextAction":"Standard","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Save tier","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"tier":"$.External.tier"}},"Transitions":{"NextAction":"Check tier","Errors":[{"NextAction":"Standard","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Check tier","Type":"Compare","Parameters":{"ComparisonValue":"$.Attributes.tier"},
           "Transitions":{"NextAction":"Standard","Conditions":[{"NextAction":"Gold","Condition":{"Operator":"Equals","Operands":["gold"]}}],"Errors":[{"NextAction":"Standard","ErrorType":"NoMatchingCondition"}]}},
          {"Identifier":"Gold","Type":"MessageParticipant","Parameters":{"Text":"Welcome back, gold member."},"Transitions":{"NextAction":"Hang up","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Standard","Type":"MessageParticipant","Parameters":{"Text":"Welcome."},"Transitions":{"NextAction":"Hang up","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Hang up","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}
        ]}
        """;

    /// <summary>A hold message that plays forever: every call through it ends at the step limit.</summary>
    public static string Cycle => """
        {"Version":"2019-10-30","StartAction":"Hold","Metadata":{"entryPointPosition":{"x":0,"y":0}},"Actions":[
          {"Identifier":"Hold","Type":"MessageParticipant","Parameters":{"Text":"Please hold."},"Transitions":{"NextAction":"Still holding","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Still holding","Type":"MessageParticipant","Parameters":{"Text":"Thank you for holding."},"Transitions":{"NextAction":"Hold","Errors":[{"NextAction":"Hang up","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Hang up","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}
        ]}
        """;
}
