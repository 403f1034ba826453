namespace DynamicContactCenter.Testing;

/// <summary>
/// CloudFormation's Query API answers, as the fake endpoints serve them: the one place the tests write DescribeStacks XML.
/// </summary>
/// <remarks>Shapes from the DescribeStacks API reference's sample response and the Query API's ErrorResponse; the client reads
/// elements by local name, so the namespace is kept as AWS sends it.</remarks>
public static class CloudFormationAnswers
{
    /// <summary>A DescribeStacks answer in the shape CloudFormation sends, for one stack with <paramref name="outputs"/>.</summary>
    public static string DescribeStacks(string stackName, string status, params (string Key, string Value)[] outputs) => $"""
        <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
          <DescribeStacksResult>
            <Stacks>
              <member>
                <StackId>arn:aws:cloudformation:eu-west-1:123456789012:stack/{stackName}/0f1e2d3c-0000-0000-0000-000000000000</StackId>
                <StackName>{stackName}</StackName>
                <Description>Dynamic Contact Center</Description>
                <Outputs>
        {string.Concat(outputs.Select(o => $"""
                  <member>
                    <Description>The {o.Key}.</Description>
                    <OutputKey>{o.Key}</OutputKey>
                    <OutputValue>{o.Value}</OutputValue>
                  </member>

        """))}
                </Outputs>
                <CreationTime>2026-11-20T09:00:00.000Z</CreationTime>
                <StackStatus>{status}</StackStatus>
                <DisableRollback>false</DisableRollback>
              </member>
            </Stacks>
          </DescribeStacksResult>
          <ResponseMetadata>
            <RequestId>b9b4b068-3a41-11e5-94eb-example</RequestId>
          </ResponseMetadata>
        </DescribeStacksResponse>
        """;

    /// <summary>A Query API error answer, e.g. ValidationError for a stack that does not exist.</summary>
    public static string Error(string code, string message) => $"""
        <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
          <Error>
            <Type>Sender</Type>
            <Code>{code}</Code>
            <Message>{message}</Message>
          </Error>
          <RequestId>5ccc7dcd-744c-11e5-be70-example</RequestId>
        </ErrorResponse>
        """;
}
