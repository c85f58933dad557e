locnet convert --to json --columns a=von,b=nach,kind=Art,since=seit nets/semicolons.csv
