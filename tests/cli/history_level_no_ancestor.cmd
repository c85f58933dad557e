# Partner X has no enclosing department: it stays, and is reported
locnet partners "Partner X" --level department --format csv nets/chain.json
