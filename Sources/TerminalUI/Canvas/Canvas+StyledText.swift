extension Canvas {
    /// Writes a styled line from (x, y), clipped to `maxWidth` columns; returns the columns written.
    @discardableResult
    public mutating func put(_ line: StyledText, x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for run in line.runs {
            guard used < maxWidth else { break }
            used += put(run.text, x: x + used, y: y, style: run.style, maxWidth: maxWidth - used)
        }
        return used
    }

    /// Writes styled text cut with an ellipsis (in the style of the run it cuts) to fit `maxWidth` columns.
    @discardableResult
    public mutating func putTruncated(_ line: StyledText, x: Int, y: Int, maxWidth: Int) -> Int {
        guard line.width > maxWidth else { return put(line, x: x, y: y, maxWidth: maxWidth) }
        var used = 0
        for run in line.runs {
            let room = maxWidth - used
            guard room > 0 else { break }
            if TextWidth.of(run.text) < room {
                used += put(run.text, x: x + used, y: y, style: run.style, maxWidth: room)
            } else {
                used += putTruncated(run.text + " ", x: x + used, y: y, style: run.style, maxWidth: room)
                break
            }
        }
        return used
    }
}
